package io.llmspend.batch.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A sheet's rows as a reader sees them, for tests. */
public final class ShownCells {
  private ShownCells() {}

  /**
   * The sheet's rows after its first (its title, or the header of a sheet without one), the first
   * {@code columns} cells as Excel shows them joined
   * by {@code " | "}; a dollar amount is followed by the value behind the cents shown, as in
   * {@code $0.00 (0.00027)}.
   */
  public static List<String> rows(Sheet sheet, int columns) {
    DataFormatter shown = new DataFormatter();
    List<String> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        Cell cell = row == null ? null : row.getCell(c);
        String text = cell == null ? "" : shown.formatCellValue(cell);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && text.startsWith("$")) {
          text += " (" + BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
              .toPlainString() + ")";
        }
        cells.add(text);
      }
      rows.add(String.join(" | ", cells));
    }
    return rows;
  }
}

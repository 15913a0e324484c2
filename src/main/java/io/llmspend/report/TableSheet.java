package io.llmspend.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Fills one sheet with a whole {@link ReportTable}: optional title row, bold header row frozen in
 * place, data rows under an autofilter, widths from the first rows.
 */
final class TableSheet {

  static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private TableSheet() {}

  static long write(Sheet sheet, ReportTable table, ResultSet rows, WorkbookStyles styles)
      throws SQLException {
    RowReader reader = RowReader.bind(table.sheetName(), table.columns(), rows);
    ColumnWidths widths = new ColumnWidths();
    TableRows out = new TableRows(table.columns(), styles, widths);
    int headerRow = table.title() == null ? 0 : 1;
    if (table.title() != null) {
      title(sheet, table.title(), styles);
    }
    out.header(sheet.createRow(headerRow));
    int rowIndex = headerRow;
    Totals totals = new Totals(table.columns());
    while (reader.next()) {
      rowIndex = nextRow(rowIndex, table);
      boolean measure = rowIndex - headerRow <= ColumnWidths.SAMPLE_ROWS;
      Object[] values = reader.values();
      out.data(sheet.createRow(rowIndex), values, measure);
      totals.add(values);
    }
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(new CellRangeAddress(headerRow, rowIndex, 0, table.columns().size() - 1));
    if (table.totalRow()) {
      out.total(sheet.createRow(nextRow(rowIndex, table)), totals.values());
    }
    widths.applyTo(sheet);
    return rowIndex - headerRow;
  }

  private static void title(Sheet sheet, String title, WorkbookStyles styles) {
    Cell cell = sheet.createRow(0).createCell(0);
    cell.setCellValue(title);
    cell.setCellStyle(styles.title());
  }

  private static int nextRow(int rowIndex, ReportTable table) {
    if (rowIndex == LAST_ROW) {
      throw new IllegalStateException("table " + table.stem() + " has more rows than an Excel"
          + " sheet holds (" + (LAST_ROW + 1) + "); its CSV file has them all");
    }
    return rowIndex + 1;
  }
}

package io.llmspend.batch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Fills one sheet with a whole {@link ReportTable}: optional title row, bold header row frozen in
 * place, data rows under an autofilter, widths from the first rows. A table longer than a sheet
 * holds is cut there with a note (its CSV file has every row); its total still counts every row.
 */
final class TableSheet {

  static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
  /** The last row data may fill: a note row and a total row still fit below it. */
  static final int LAST_DATA_ROW = LAST_ROW - 2;

  private TableSheet() {}

  static long write(Sheet sheet, ReportTable table, ResultSet rows, WorkbookStyles styles)
      throws SQLException {
    List<ReportColumn> columns = table.sheetColumns();
    RowReader reader = RowReader.bind(table.sheetName(), columns, rows);
    ColumnWidths widths = new ColumnWidths();
    TableRows out = new TableRows(columns, styles, widths);
    int headerRow = table.sheetTitle() == null ? 0 : 1;
    if (table.sheetTitle() != null) {
      title(sheet, table.sheetTitle(), styles);
    }
    out.header(sheet.createRow(headerRow));
    int rowIndex = headerRow;
    long cut = 0;
    Totals totals = new Totals(columns);
    while (reader.next()) {
      Object[] values = reader.values();
      totals.add(values);
      if (rowIndex == LAST_DATA_ROW) {
        cut++;
        continue;
      }
      rowIndex++;
      out.data(sheet.createRow(rowIndex), values, rowIndex - headerRow <= ColumnWidths.SAMPLE_ROWS);
    }
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(new CellRangeAddress(headerRow, rowIndex, 0, columns.size() - 1));
    int next = rowIndex + 1;
    if (cut > 0) {
      note(sheet.createRow(next++), String.format("Cut at Excel's row limit: %,d more rows are in "
          + "%s.csv%s", cut, table.stem(), table.totalRow() ? "; the Total includes them" : ""),
          styles);
    }
    if (table.totalRow()) {
      out.total(sheet.createRow(next), totals.values());
    }
    widths.applyTo(sheet);
    PrintLayout.apply(sheet, columns.size() - 1, table.totalRow() ? next : next - 1,
        headerRow + 1, table.sheetTitle());
    return rowIndex - headerRow + cut;
  }

  private static void title(Sheet sheet, String title, WorkbookStyles styles) {
    Cell cell = sheet.createRow(0).createCell(0);
    cell.setCellValue(title);
    cell.setCellStyle(styles.title());
  }

  private static void note(org.apache.poi.ss.usermodel.Row row, String text,
      WorkbookStyles styles) {
    Cell cell = row.createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(styles.header());
  }
}

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

  private final Sheet sheet;
  private final ReportTable table;
  private final List<ReportColumn> columns;
  private final RowReader reader;
  private final ColumnWidths widths = new ColumnWidths();
  private final TableRows out;
  private final Totals totals;
  private final WorkbookStyles styles;
  private final int headerRow;
  private final ResultSet rows;
  /** Per column, the unpriced calls behind its money ({@link ReportColumn#unpricedLabel()}). */
  private final long[] unpriced;
  private int rowIndex;
  private long cut;

  private TableSheet(Sheet sheet, ReportTable table, ResultSet rows, WorkbookStyles styles)
      throws SQLException {
    this.sheet = sheet;
    this.table = table;
    this.columns = table.sheetColumns();
    this.reader = RowReader.bind(table.sheetName(), columns, rows);
    this.out = new TableRows(columns, styles, widths);
    this.totals = new Totals(columns);
    this.styles = styles;
    this.rows = rows;
    this.unpriced = new long[columns.size()];
    this.headerRow = table.sheetTitle() == null ? 0 : 1;
    if (table.sheetTitle() != null) {
      title(sheet, table.sheetTitle(), styles);
    }
    out.header(sheet.createRow(headerRow));
    this.rowIndex = headerRow;
  }

  /** Writes every remaining row of {@code rows}; see {@link #start}. */
  static long write(Sheet sheet, ReportTable table, ResultSet rows, WorkbookStyles styles)
      throws SQLException {
    TableSheet open = start(sheet, table, rows, styles);
    while (rows.next()) {
      open.addCurrentRow();
    }
    return open.finish();
  }

  /**
   * Writes the title and header; then {@link #addCurrentRow()} for each row of {@code rows}, and
   * {@link #finish} once, let another reader (the CSV file) move through the same rows.
   */
  static TableSheet start(Sheet sheet, ReportTable table, ResultSet rows, WorkbookStyles styles)
      throws SQLException {
    return new TableSheet(sheet, table, rows, styles);
  }

  /** Adds the row {@code rows} is on. */
  void addCurrentRow() throws SQLException {
    Object[] values = reader.values();
    totals.add(values);
    long[] counts = unpricedCounts();
    if (rowIndex == LAST_DATA_ROW) {
      cut++;
      return;
    }
    rowIndex++;
    out.data(sheet.createRow(rowIndex), values, counts,
        rowIndex - headerRow <= ColumnWidths.SAMPLE_ROWS);
  }

  /** Adds the note, the total row, widths and print layout; returns the data rows read. */
  long finish() {
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(new CellRangeAddress(headerRow, rowIndex, 0, columns.size() - 1));
    int next = rowIndex + 1;
    if (cut > 0) {
      note(sheet.createRow(next++), String.format("Cut at Excel's row limit: %,d more rows are in "
          + "%s.csv%s", cut, table.stem(), table.totalRow() ? "; the Total includes them" : ""),
          styles);
    }
    if (rowIndex == headerRow && table.emptyNote() != null) {
      note(sheet.createRow(next++), table.emptyNote(), styles);
    }
    next = unpricedNote(next); // like the cut, above the Total: the Total stays the last row
    if (table.totalRow()) {
      out.total(sheet.createRow(next++), totals.values());
    }
    widths.applyTo(sheet);
    PrintLayout.apply(sheet, columns.size() - 1, next - 1, headerRow + 1, table.sheetTitle());
    return rowIndex - headerRow + cut;
  }

  /** The row's unpriced calls per column, added to the table's. */
  private long[] unpricedCounts() throws SQLException {
    long[] counts = new long[columns.size()];
    for (int i = 0; i < counts.length; i++) {
      String label = columns.get(i).unpricedLabel();
      if (label != null) {
        counts[i] = rows.getLong(label);
        unpriced[i] += counts[i];
      }
    }
    return counts;
  }

  /**
   * Under the rows, a line for each column whose money leaves unpriced calls out (its Total does
   * not count them); returns the next free row.
   */
  private int unpricedNote(int next) {
    for (int i = 0; i < unpriced.length; i++) {
      if (unpriced[i] > 0) {
        note(sheet.createRow(next++), String.format(java.util.Locale.ROOT, "%s leaves out %,d "
            + "unpriced call%s (no price in the price book): never counted as $0", columns.get(i)
            .header(), unpriced[i], unpriced[i] == 1 ? "" : "s"), styles);
      }
    }
    return next;
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

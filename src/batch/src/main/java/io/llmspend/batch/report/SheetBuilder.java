package io.llmspend.batch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes a free-form sheet top to bottom, for the Summary: a title, "label: value" rows, blank
 * rows and small embedded tables. Obtained from {@link WorkbookWriter#addSheet(String)}; each call
 * appends below what is already there.
 *
 * <pre>{@code
 * workbook.addSheet("Summary")
 *     .title("LLM spend, January 2025")
 *     .row(KeyValueRow.usd("Total cost", total))
 *     .row(KeyValueRow.integer("Calls", calls))
 *     .blankRow()
 *     .table(topTeamColumns, topTeams, 10);
 * }</pre>
 *
 * <p>Not thread-safe, like the {@link WorkbookWriter} it belongs to.
 */
public final class SheetBuilder {

  private final Sheet sheet;
  private final WorkbookStyles styles;
  private final ColumnWidths widths = new ColumnWidths();
  /** Every row by index, null for a blank one; kept for {@link PageBreaks}. */
  private final List<Row> rows = new ArrayList<>();
  private final List<Integer> titles = new ArrayList<>();
  private final PageBreaks pages = new PageBreaks();
  private int nextRow;

  SheetBuilder(Sheet sheet, WorkbookStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  /**
   * Adds a bold, larger line; it does not widen the column. Printed, it stays on the page of the
   * rows that follow it ({@link PageBreaks}).
   */
  public SheetBuilder title(String title) {
    titles.add(nextRow);
    Cell cell = newRow().createCell(0);
    cell.setCellValue(title);
    cell.setCellStyle(styles.title());
    return this;
  }

  /** Adds the label in bold in the first column and the value in the second. */
  public SheetBuilder row(KeyValueRow row) {
    Row out = newRow();
    Cell label = out.createCell(0);
    label.setCellValue(row.label());
    label.setCellStyle(styles.header());
    widths.fit(0, row.label());
    TableRows.write(out, 1, row.kind(), row.value(), styles);
    widths.fit(1, row.kind(), row.value());
    return fitted();
  }

  public SheetBuilder rows(List<KeyValueRow> rows) {
    rows.forEach(this::row);
    return this;
  }

  public SheetBuilder blankRow() {
    nextRow++;
    return this;
  }

  /**
   * Adds a header row and at most {@code maxRows} rows of {@code rows} (a top-N table); the rest of
   * {@code rows} is not read. Does not close {@code rows}.
   *
   * @throws SQLException when reading {@code rows} fails
   * @throws IllegalArgumentException when a column is missing from the query or mistyped
   */
  public SheetBuilder table(List<ReportColumn> columns, ResultSet rows, int maxRows)
      throws SQLException {
    List<ReportColumn> copy = List.copyOf(columns);
    RowReader reader = RowReader.bind(sheet.getSheetName(), copy, rows);
    TableRows out = new TableRows(copy, styles, widths);
    out.header(newRow());
    for (int written = 0; written < maxRows && reader.next(); written++) {
      out.data(newRow(), reader.values(), true);
    }
    return fitted();
  }

  /**
   * Adds a header row and {@code rows}, values typed as the columns' kinds (as {@link TopRows}
   * keeps them).
   */
  SheetBuilder table(List<ReportColumn> columns, List<Object[]> rows) {
    List<ReportColumn> copy = List.copyOf(columns);
    TableRows out = new TableRows(copy, styles, widths);
    out.header(newRow());
    for (Object[] values : rows) {
      out.data(newRow(), values, true);
    }
    return fitted();
  }

  private Row newRow() {
    while (rows.size() < nextRow) {
      rows.add(null); // blank rows
    }
    Row row = sheet.createRow(nextRow++);
    rows.add(row);
    return row;
  }

  private SheetBuilder fitted() {
    widths.applyTo(sheet);
    PrintLayout.apply(sheet, widths.columns() - 1, nextRow - 1, 0);
    pages.apply(sheet, rows, titles);
    return this;
  }
}

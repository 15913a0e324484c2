package io.llmspend.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Builds one {@code .xlsx} workbook sheet by sheet with POI's streaming {@link SXSSFWorkbook}:
 * only the last {@link #WINDOW_ROWS} rows of a sheet stay in memory, the rest go to compressed
 * temporary files, so a 1,000,000-row table does not grow the heap.
 *
 * <pre>{@code
 * try (WorkbookWriter workbook = new WorkbookWriter(dir.resolve("llm-spend.xlsx"))) {
 *   workbook.addSheet("Summary").title("LLM spend").row(KeyValueRow.usd("Total", total));
 *   workbook.addTable(byTeam, byTeamRows);
 *   workbook.save();
 * }
 * }</pre>
 *
 * <p>Nothing reaches {@code target} until {@link #save()}, which writes a temporary file in the
 * same folder and moves it onto {@code target}. Closing without saving (say, after an exception)
 * leaves {@code target} as it was. Sheets appear in the order they are added; sheet names must be
 * unique ignoring case.
 *
 * <p>Not thread-safe: one thread builds one workbook. Errors: reading a query throws its {@link
 * SQLException}; writing files throws {@link UncheckedIOException}.
 */
public final class WorkbookWriter implements AutoCloseable {

  /** Rows per sheet kept in memory. */
  static final int WINDOW_ROWS = 100;

  private final Path target;
  private final SXSSFWorkbook workbook;
  private final WorkbookStyles styles;
  private final PlacedTables tables = new PlacedTables();
  private boolean saved;

  /** @param target the {@code .xlsx} file to write on {@link #save()} */
  public WorkbookWriter(Path target) {
    this.target = target;
    this.workbook = new SXSSFWorkbook(WINDOW_ROWS);
    workbook.setCompressTempFiles(true);
    this.styles = new WorkbookStyles(workbook);
  }

  /**
   * Adds a sheet named {@link ReportTable#sheetName()} holding every remaining row of {@code rows}.
   * Does not close {@code rows}.
   *
   * @return the number of data rows written
   * @throws SQLException when reading {@code rows} fails
   * @throws IllegalArgumentException when the sheet name is taken or a column is missing from the
   *     query or holds values its kind cannot show
   * @throws IllegalStateException after {@link #save()}, or when the table has more rows than a
   *     sheet holds (1,048,576 including header and title)
   */
  public long addTable(ReportTable table, ResultSet rows) throws SQLException {
    OpenTable open = startTable(table, rows);
    while (rows.next()) {
      open.addCurrentRow();
    }
    return open.finish();
  }

  /**
   * Like {@link #addTable}, for rows another reader moves through (the table's CSV file, so that
   * one run of the query writes both): writes the title and header now, then the row {@code rows}
   * is on at each {@link OpenTable#addCurrentRow()}, the rest at {@link OpenTable#finish()}.
   *
   * @throws SQLException when reading the query's columns fails
   * @throws IllegalArgumentException as {@link #addTable} does
   */
  public OpenTable startTable(ReportTable table, ResultSet rows) throws SQLException {
    checkOpen();
    return new OpenTable(table,
        TableSheet.start(workbook.createSheet(table.sheetName()), table, rows, styles));
  }

  /** A table sheet being filled row by row ({@link #startTable}). Not thread-safe. */
  public final class OpenTable {
    private final ReportTable table;
    private final TableSheet sheet;

    private OpenTable(ReportTable table, TableSheet sheet) {
      this.table = table;
      this.sheet = sheet;
    }

    /** Adds the row the query is on. */
    public void addCurrentRow() throws SQLException {
      sheet.addCurrentRow();
    }

    /**
     * Ends the table (note, total row, widths, print layout).
     *
     * @return the number of data rows added
     */
    public long finish() {
      long written = sheet.finish();
      tables.add(table, written);
      return written;
    }
  }

  /**
   * Colours the data rows of a table added by {@link #addTable} by the text in one column, with
   * conditional formatting (Excel re-applies it when a value is edited).
   *
   * @param byText cell text to fill colour, e.g. {@code "exceeded" -> RED}
   * @throws IllegalArgumentException when no such table or column was added
   */
  public void highlightRows(ReportTable table, String keyHeader, Map<String, Highlight> byText) {
    checkOpen();
    PlacedTables.Placed placed = tables.of(table);
    SheetDecorations.highlightRows(workbook.getSheet(table.sheetName()), placed.headerRow() + 1,
        placed.lastDataRow(), table.sheetColumns().size(),
        SheetDecorations.columnOf(table.sheetColumns(), keyHeader), byText);
  }

  /**
   * Adds the sheet "{@code <table's sheet> chart}" right after a table added by {@link #addTable}:
   * the chart's data and the column chart over it (drawn on the streaming workbook's underlying
   * XSSF sheet), printed on a page of their own. Call once per table.
   *
   * @throws IllegalArgumentException when no such table was added
   */
  public void addBarChart(ReportTable table, BarChart chart) {
    checkOpen();
    tables.of(table);
    String name = chartSheetName(table);
    Sheet sheet = workbook.createSheet(name);
    workbook.setSheetOrder(name, workbook.getSheetIndex(table.sheetName()) + 1);
    new ChartBlock(sheet, styles).write(chart, workbook.getXSSFWorkbook().getSheet(name));
  }

  /** The name of the sheet {@link #addBarChart} adds for {@code table}. */
  public static String chartSheetName(ReportTable table) {
    String name = table.sheetName() + " chart";
    return name.length() <= 31 ? name : name.substring(0, 31);
  }

  /**
   * Adds an empty sheet to fill top to bottom, for the Summary.
   *
   * @throws IllegalArgumentException when the name is taken or Excel refuses it
   */
  public SheetBuilder addSheet(String sheetName) {
    checkOpen();
    ReportTable.checkSheetName(sheetName);
    return new SheetBuilder(workbook.createSheet(sheetName), styles);
  }

  /**
   * Adds a sheet for charts ({@link ChartSheet}).
   *
   * @throws IllegalArgumentException when the name is taken or Excel refuses it
   */
  public ChartSheet addChartSheet(String sheetName) {
    checkOpen();
    ReportTable.checkSheetName(sheetName);
    workbook.createSheet(sheetName);
    return new ChartSheet(workbook.getXSSFWorkbook().getSheet(sheetName));
  }

  /**
   * Writes the workbook to {@code target}, replacing it atomically. Call once, when every sheet is
   * added.
   *
   * @throws UncheckedIOException when the file cannot be written; {@code target} is unchanged
   */
  public void save() {
    checkOpen();
    saved = true;
    AtomicFiles.<RuntimeException>replace(target, file -> {
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    });
  }

  /** Deletes the temporary files; does not write {@code target} (see {@link #save()}). */
  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close workbook for " + target, e);
    }
  }

  private void checkOpen() {
    if (saved) {
      throw new IllegalStateException("workbook " + target + " is already saved");
    }
  }
}

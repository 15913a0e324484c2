package io.llmspend.batch.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A report table: written as {@code <stem>.csv} by {@link CsvTableWriter} and as the sheet {@code
 * sheetName} by {@link WorkbookWriter#addTable}.
 *
 * <pre>{@code
 * new ReportTable("by_team", "By team", List.of(
 *     new ReportColumn("Team", "team", ColumnKind.TEXT),
 *     new ReportColumn("Cost (USD)", "cost_usd", ColumnKind.USD)),
 *     "Spend by team, 2025-01")
 * }</pre>
 *
 * @param stem the CSV file name without extension: lower case letters, digits and {@code _}
 * @param sheetName the Excel sheet name: 1 to 31 characters, none of {@code []:*?/\}, not starting
 *     or ending with {@code '}
 * @param columns the columns in display order; not empty, headers unique
 * @param title a line shown above the header on the sheet (not in the CSV), or {@code null} for
 *     none
 * @param totalRow whether the sheet ends with a "Total" row summing its USD and INTEGER columns
 *     exactly (not in the CSV, which stays one row per record)
 * @param sheetHeaders the headers of the columns shown on the sheet, a readable subset of a wide
 *     table (in the columns' order); empty: all. The CSV file always has every column.
 * @param emptyNote the line the sheet shows under its header when the query has no rows (why
 *     there are none, so a header over a bare Total does not read as a fault), or {@code null}
 */
public record ReportTable(String stem, String sheetName, List<ReportColumn> columns, String title,
    boolean totalRow, List<String> sheetHeaders, String emptyNote) {

  private static final Pattern STEM = Pattern.compile("[a-z0-9_]+");
  private static final Pattern SHEET_FORBIDDEN = Pattern.compile("[\\[\\]:*?/\\\\]");
  private static final int SHEET_NAME_MAX = 31;

  public ReportTable {
    if (stem == null || !STEM.matcher(stem).matches()) {
      throw new IllegalArgumentException("stem must match [a-z0-9_]+: " + stem);
    }
    checkSheetName(sheetName);
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table " + stem + " has no columns");
    }
    if (columns.stream().map(ReportColumn::header).distinct().count() != columns.size()) {
      throw new IllegalArgumentException("table " + stem + " repeats a header");
    }
    sheetHeaders = List.copyOf(sheetHeaders);
    List<String> headers = columns.stream().map(ReportColumn::header).toList();
    for (String header : sheetHeaders) {
      if (!headers.contains(header)) {
        throw new IllegalArgumentException("table " + stem + " has no column " + header);
      }
    }
    if (emptyNote != null) {
      ReportColumn.requireText(emptyNote, "emptyNote");
    }
  }

  /** A table showing every column on its sheet. */
  public ReportTable(String stem, String sheetName, List<ReportColumn> columns, String title,
      boolean totalRow) {
    this(stem, sheetName, columns, title, totalRow, List.of(), null);
  }

  /** A table without a total row. */
  public ReportTable(String stem, String sheetName, List<ReportColumn> columns, String title) {
    this(stem, sheetName, columns, title, false);
  }

  /** A table without a title line or a total row. */
  public ReportTable(String stem, String sheetName, List<ReportColumn> columns) {
    this(stem, sheetName, columns, null, false);
  }

  /** This table with a total row on its sheet. */
  public ReportTable withTotalRow() {
    return new ReportTable(stem, sheetName, columns, title, true, sheetHeaders, emptyNote);
  }

  /** This table saying {@code note} on its sheet when the query has no rows. */
  public ReportTable whenEmpty(String note) {
    return new ReportTable(stem, sheetName, columns, title, totalRow, sheetHeaders, note);
  }

  /**
   * This table showing only the columns {@code headers} on its sheet, so that it prints legibly;
   * its CSV file keeps every column, and the sheet's title says so.
   *
   * @throws IllegalArgumentException when a header is not one of the table's
   */
  public ReportTable onSheet(String... headers) {
    return new ReportTable(stem, sheetName, columns, title, totalRow, List.of(headers),
        emptyNote);
  }

  /** The columns shown on the sheet, in order. */
  public List<ReportColumn> sheetColumns() {
    return sheetHeaders.isEmpty() ? columns
        : columns.stream().filter(c -> sheetHeaders.contains(c.header())).toList();
  }

  /** The line above the sheet's header, or {@code null} for none. */
  public String sheetTitle() {
    if (sheetHeaders.isEmpty() || sheetHeaders.size() == columns.size()) {
      return title;
    }
    String more = "all " + columns.size() + " columns in " + stem + ".csv";
    return title == null ? "Main columns; " + more : title + " (main columns; " + more + ")";
  }

  /** Throws {@link IllegalArgumentException} unless Excel accepts {@code name} as a sheet name. */
  static void checkSheetName(String name) {
    ReportColumn.requireText(name, "sheetName");
    if (name.length() > SHEET_NAME_MAX) {
      throw new IllegalArgumentException("sheet name longer than 31 characters: " + name);
    }
    if (SHEET_FORBIDDEN.matcher(name).find() || name.startsWith("'") || name.endsWith("'")) {
      throw new IllegalArgumentException("sheet name has a character Excel refuses: " + name);
    }
  }
}

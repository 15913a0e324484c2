package io.llmspend.batch.report;

import io.llmspend.batch.text.SafeText;

/**
 * Guards spreadsheet cells against formula injection (CSV injection).
 *
 * <p>Text taken from input data (team names, prompts, model names) may start with a character that
 * Excel, LibreOffice or Google Sheets read as the start of a formula. Following OWASP ("CSV
 * Injection"), such text is prefixed with a single quote. Both {@link CsvTableWriter} and {@link
 * WorkbookWriter} apply it to every {@link ColumnKind#TEXT} value, and the workbook stores the
 * result as a string cell, never as a formula. Numbers are never neutralized: {@code -2} in a
 * numeric column is a number.
 *
 * <p>Thread-safe (stateless).
 */
public final class CellText {

  /** The longest text an Excel cell holds; longer text is cut to this length in the workbook. */
  static final int EXCEL_MAX_LENGTH = 32_767;

  /** The first characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private CellText() {}

  /**
   * Returns {@code text} with control characters as visible escapes ({@link SafeText}: tab, CR
   * and line feed are kept inside the text), prefixed with {@code '} when it starts with {@code
   * =}, {@code +}, {@code -}, {@code @}, their full-width forms {@code ＝ ＋ － ＠} (spreadsheets
   * read them as formula starters too), a tab or a carriage return; otherwise
   * {@code text} unchanged.
   *
   * <pre>{@code
   * CellText.neutralize("=HYPERLINK(\"http://x\")")  // "'=HYPERLINK(\"http://x\")"
   * CellText.neutralize("team-a")                    // "team-a"
   * }</pre>
   *
   * @param text any text, or {@code null}
   * @return the safe text, or {@code null} when {@code text} is {@code null}
   */
  public static String neutralize(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String safe = SafeText.visible(text, true);
    return isFormulaStart(safe.charAt(0)) ? "'" + safe : safe;
  }

  private static boolean isFormulaStart(char first) {
    return FORMULA_STARTS.indexOf(first) >= 0;
  }

  /** Cuts text to what one Excel cell can hold. */
  static String fitExcelCell(String text) {
    return text.length() <= EXCEL_MAX_LENGTH ? text : text.substring(0, EXCEL_MAX_LENGTH);
  }
}

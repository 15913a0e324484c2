package io.llmspend.batch.report;

/**
 * How a report column's values are read from a query, written to CSV and shown in Excel.
 *
 * <p>Numeric kinds are read as {@link java.math.BigDecimal} (DuckDB DECIMAL, BIGINT and HUGEINT
 * convert exactly; a DOUBLE converts through {@link java.math.BigDecimal#valueOf(double)}, its
 * shortest decimal form) and written to CSV as plain decimals, never in E notation and always with
 * a dot. The Excel number format of each kind is defined here and nowhere else.
 */
public enum ColumnKind {
  /** Free text from the data; neutralized against formula injection (see {@link CellText}). */
  TEXT(null),
  /** A calendar date; ISO-8601 ({@code 2025-01-31}) in CSV, a real date cell in Excel. */
  DATE("yyyy-mm-dd"),
  /** A whole count (tokens, calls), shown with a thousands separator. */
  INTEGER("#,##0"),
  /**
   * Money in USD, shown with cents, a negative amount as {@code -$4.63} (an explicit negative
   * section: viewers differ in where they put the minus of a one-section format); the CSV keeps
   * every decimal the query returned.
   */
  USD("\"$\"#,##0.00;-\"$\"#,##0.00"),
  /** Money in USD shown with 6 decimals: per-call costs and per-token rates. */
  USD_PRECISE("\"$\"#,##0.000000;-\"$\"#,##0.000000"),
  /** A fraction where 1 means 100%; CSV writes the fraction ({@code 0.125}), Excel shows 12.5%. */
  PERCENT("0.0%"),
  /** Any other number: ratios, averages. */
  DECIMAL("#,##0.00"),
  /** {@code true} or {@code false}. */
  BOOLEAN(null);

  private final String excelFormat;

  ColumnKind(String excelFormat) {
    this.excelFormat = excelFormat;
  }

  /** The Excel number format, or {@code null} for the General format. */
  String excelFormat() {
    return excelFormat;
  }

  /** Numbers, shown right-aligned under a right-aligned header. */
  boolean numeric() {
    return this == INTEGER || this == USD || this == USD_PRECISE || this == PERCENT
        || this == DECIMAL;
  }
}

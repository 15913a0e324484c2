package io.llmspend.batch.report;

import java.util.Objects;

/**
 * One column of a report table: what its header says, which query column feeds it and how its
 * values are shown.
 *
 * <pre>{@code
 * new ReportColumn("Cost (USD)", "cost_usd", ColumnKind.USD)
 * new ReportColumn("Previous month", "previous_month_usd", ColumnKind.USD).whenEmpty("no data")
 * }</pre>
 *
 * @param header the header text in the CSV file and on the sheet; not blank
 * @param sourceLabel the column label in the query's {@link java.sql.ResultSet} (matched ignoring
 *     case); not blank
 * @param kind how values are read and shown; not null
 * @param emptyText what a sheet cell shows for NULL, in this column and its Total ("no data"
 *     where a NULL means there was nothing to count, so it never reads as $0.00); {@code null}:
 *     an empty cell. The CSV file always leaves NULL empty.
 * @param unpricedLabel the query column counting the unpriced calls behind this column's money
 *     (unpriced is never $0), or {@code null}. On the sheet, a row with some shows {@code $12.34 +
 *     3 unpriced} (the number stays a number) and a NULL {@code 20 unpriced}; a line above
 *     the Total counts them all, as the Total leaves them out. The CSV file keeps the
 *     number, or empty, and the count in a column of its own.
 */
public record ReportColumn(String header, String sourceLabel, ColumnKind kind, String emptyText,
    String unpricedLabel) {
  /** The query column in which the spend tables count each row's unpriced calls. */
  public static final String UNPRICED_CALLS = "unpriced_calls";

  public ReportColumn {
    requireText(header, "header");
    requireText(sourceLabel, "sourceLabel");
    Objects.requireNonNull(kind, "kind");
    if (emptyText != null) {
      requireText(emptyText, "emptyText");
    }
    if (unpricedLabel != null) {
      requireText(unpricedLabel, "unpricedLabel");
      if (kind != ColumnKind.USD && kind != ColumnKind.USD_PRECISE) {
        throw new IllegalArgumentException("only a money column counts unpriced calls: " + header);
      }
    }
  }

  /** A column whose NULL shows as an empty cell. */
  public ReportColumn(String header, String sourceLabel, ColumnKind kind) {
    this(header, sourceLabel, kind, null, null);
  }

  /** This column showing {@code text} on the sheet where its value is NULL. */
  public ReportColumn whenEmpty(String text) {
    return new ReportColumn(header, sourceLabel, kind, text, unpricedLabel);
  }

  /** This USD column showing the unpriced calls that query column {@code label} counts. */
  public ReportColumn countingUnpriced(String label) {
    return new ReportColumn(header, sourceLabel, kind, emptyText, label);
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}

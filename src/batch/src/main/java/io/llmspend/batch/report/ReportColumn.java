package io.llmspend.batch.report;

import java.util.Objects;

/**
 * One column of a report table: what its header says, which query column feeds it and how its
 * values are shown.
 *
 * <pre>{@code
 * new ReportColumn("Cost (USD)", "cost_usd", ColumnKind.USD)
 * }</pre>
 *
 * @param header the header text in the CSV file and on the sheet; not blank
 * @param sourceLabel the column label in the query's {@link java.sql.ResultSet} (matched ignoring
 *     case); not blank
 * @param kind how values are read and shown; not null
 */
public record ReportColumn(String header, String sourceLabel, ColumnKind kind) {

  public ReportColumn {
    requireText(header, "header");
    requireText(sourceLabel, "sourceLabel");
    Objects.requireNonNull(kind, "kind");
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}

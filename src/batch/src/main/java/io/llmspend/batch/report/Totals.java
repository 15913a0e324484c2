package io.llmspend.batch.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Exact sums of a table's USD and INTEGER columns, kept while its rows stream by. Other kinds
 * (rates, percentages, text) have no total: a sum of shares or of per-call costs means nothing.
 */
final class Totals {
  private final List<ReportColumn> columns;
  private final BigDecimal[] sums;

  Totals(List<ReportColumn> columns) {
    this.columns = columns;
    this.sums = new BigDecimal[columns.size()];
  }

  /** Adds one row of values as {@link RowReader#values()} returns them. */
  void add(Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (summed(columns.get(i).kind()) && values[i] instanceof BigDecimal d) {
        sums[i] = sums[i] == null ? d : sums[i].add(d);
      }
    }
  }

  /** The sums, {@code null} where a column has none (or only NULLs). */
  Object[] values() {
    return sums.clone();
  }

  private static boolean summed(ColumnKind kind) {
    return kind == ColumnKind.USD || kind == ColumnKind.INTEGER;
  }
}

package io.llmspend.batch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the first rows of a query, typed as some of its columns, while the query's table is
 * written ({@link RowHook}): a Summary's top-N lines without running the query again. Not
 * thread-safe.
 */
final class TopRows implements RowHook {
  private final String name;
  private final List<ReportColumn> columns;
  private final int max;
  private final List<Object[]> rows = new ArrayList<>();
  private RowReader reader;

  /** @param name the sheet named in errors (a column missing from the query) */
  TopRows(String name, List<ReportColumn> columns, int max) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.max = max;
  }

  @Override
  public void row(ResultSet current) throws SQLException {
    if (rows.size() == max) {
      return;
    }
    if (reader == null) {
      reader = RowReader.bind(name, columns, current);
    }
    rows.add(reader.values());
  }

  /** The rows kept so far, at most {@code max}, in the query's order. */
  List<Object[]> rows() {
    return List.copyOf(rows);
  }
}

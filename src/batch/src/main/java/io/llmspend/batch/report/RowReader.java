package io.llmspend.batch.report;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the current row of a query into typed values, one per {@link ReportColumn}. */
final class RowReader {

  private final String tableName;
  private final List<ReportColumn> columns;
  private final int[] positions;
  private final ResultSet rows;

  private RowReader(String tableName, List<ReportColumn> columns, int[] positions, ResultSet rows) {
    this.tableName = tableName;
    this.columns = columns;
    this.positions = positions;
    this.rows = rows;
  }

  /**
   * Finds each column's source label in the query once.
   *
   * @throws IllegalArgumentException when a source label is not a column of the query
   */
  static RowReader bind(String tableName, List<ReportColumn> columns, ResultSet rows)
      throws SQLException {
    List<String> labels = labels(rows.getMetaData());
    int[] positions = new int[columns.size()];
    for (int i = 0; i < positions.length; i++) {
      String wanted = columns.get(i).sourceLabel().toLowerCase(Locale.ROOT);
      int found = labels.indexOf(wanted);
      if (found < 0) {
        throw new IllegalArgumentException("table " + tableName + ": query has no column '"
            + columns.get(i).sourceLabel() + "', only " + labels);
      }
      positions[i] = found + 1;
    }
    return new RowReader(tableName, columns, positions, rows);
  }

  private static List<String> labels(ResultSetMetaData meta) throws SQLException {
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      labels.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
    }
    return labels;
  }

  /** Moves to the next row; {@code false} at the end. */
  boolean next() throws SQLException {
    return rows.next();
  }

  /** The current row's values, typed as {@link TypedValues} describes; null for NULL. */
  Object[] values() throws SQLException {
    Object[] values = new Object[positions.length];
    for (int i = 0; i < values.length; i++) {
      ReportColumn column = columns.get(i);
      try {
        values[i] = TypedValues.convert(column.kind(), rows.getObject(positions[i]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "table " + tableName + ", column " + column.sourceLabel() + ": " + e.getMessage(), e);
      }
    }
    return values;
  }
}

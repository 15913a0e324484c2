package io.llmspend.batch.report;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Sees each row of a report query while the query's CSV file is written ({@link
 * ReportTableWriter}): the sheet, or what a Summary or a chart keeps, comes from the same run.
 */
@FunctionalInterface
public interface RowHook {

  /**
   * @param current the result set, on the row just written; read it, never move it
   * @throws SQLException when reading the row fails
   */
  void row(ResultSet current) throws SQLException;
}

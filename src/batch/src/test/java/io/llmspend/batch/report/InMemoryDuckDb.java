package io.llmspend.batch.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** An in-memory DuckDB that streams results, giving tests real ResultSets. */
final class InMemoryDuckDb implements AutoCloseable {

  private final Connection connection;
  private final List<Statement> statements = new ArrayList<>();

  InMemoryDuckDb() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("jdbc_stream_results", "true");
    connection = DriverManager.getConnection("jdbc:duckdb:", properties);
  }

  /** Runs {@code sql}; the statement and its result close with this database. */
  ResultSet query(String sql) throws SQLException {
    Statement statement = connection.createStatement();
    statements.add(statement);
    return statement.executeQuery(sql);
  }

  @Override
  public void close() throws SQLException {
    for (Statement statement : statements) {
      statement.close();
    }
    connection.close();
  }
}

package io.llmspend.batch.nightly;

import io.llmspend.batch.cli.LlmSpendCommand;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the real command line on a fixture folder and reads the DuckDB store it wrote. */
final class NightlyFixtures {
  static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

  private NightlyFixtures() {}

  /** Runs {@code llmspend nightly} on {@code fixtures/<name>/logs} and returns the exit code. */
  static int runNightly(String fixture, Path work, String date) {
    return runNightly(fixture, FIXTURES.resolve(fixture).resolve("logs"), work, date);
  }

  /** Runs {@code llmspend nightly} on {@code logs} with the configuration of a fixture. */
  static int runNightly(String fixture, Path logs, Path work, String date, String... more) {
    Path dir = FIXTURES.resolve(fixture);
    List<String> args = new ArrayList<>(List.of("nightly",
        "--logs", logs.toString(),
        "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(),
        "--date", date,
        "--config", dir.resolve("llmspend-test.yml").toString()));
    args.addAll(List.of(more));
    return LlmSpendCommand.execute(args.toArray(String[]::new));
  }

  /** {@code request_id -> cost_usd} of every call in the store (null when unpriced). */
  static Map<String, BigDecimal> costs(Path work) throws SQLException {
    return query(work, "select request_id, cost_usd from calls order by request_id", rs -> {
      Map<String, BigDecimal> costs = new LinkedHashMap<>();
      while (rs.next()) {
        costs.put(rs.getString(1), rs.getBigDecimal(2));
      }
      return costs;
    });
  }

  /** The single value of a one-row, one-column query on the store. */
  static Object scalar(Path work, String sql) throws SQLException {
    return query(work, sql, rs -> {
      rs.next();
      return rs.getObject(1);
    });
  }

  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  static <T> T query(Path work, String sql, Reader<T> reader) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("llmspend.duckdb"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return reader.read(rs);
    }
  }
}

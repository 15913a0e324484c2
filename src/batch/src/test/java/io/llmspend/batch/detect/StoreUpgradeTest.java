package io.llmspend.batch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.store.DuckDbStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made before the detection columns opens, and gains them at the end of calls; the
 * chunked ingest's landing tables ({@code *_stage}, unused since the partitioned ingest) are
 * dropped.
 */
class StoreUpgradeTest {
  private static final List<String> NEW_COLUMNS = List.of("request_hash", "prefix_hash",
      "prefix_tokens", "tool_count", "prefix_block_hashes", "usage_notes", "avoided_cost_usd",
      "server_tool_requests", "tool_fee_usd");

  @Test
  void addsTheDetectionColumnsAndDropsTheStageTablesOfAnOldStore(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("old.duckdb");
    // the store as the version before detection made it: calls without the last nine columns
    // (five of detection, calls_v2.sql; four of exact usage, calls_v3.sql)
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute(DuckDbStore.sql("raw", "calls"));
      for (String column : NEW_COLUMNS) {
        s.execute("alter table calls drop column " + column);
      }
      s.execute("create table calls_stage as select * from calls limit 0");
      s.execute(DuckDbStore.sql("raw", "prompts"));
      s.execute("create table prompts_stage as select * from prompts limit 0");
      s.execute(DuckDbStore.sql("raw", "quarantine"));
      s.execute("create table quarantine_stage as select * from quarantine limit 0");
    }
    try (DuckDbStore store = DuckDbStore.open(file)) {
      List<String> expected = new ArrayList<>(List.of("run_id"));
      expected.addAll(NEW_COLUMNS);
      assertThat(lastColumns(store, "calls")).isEqualTo(expected);
      assertThat(tables(store)).doesNotContain("calls_stage", "prompts_stage",
          "quarantine_stage").contains("calls", "prompts", "quarantine",
          "monthly_reprice_stage"); // the monthly repricer's stage is in use
    }
  }

  private static List<String> tables(DuckDbStore store) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rows = s.executeQuery("select table_name from information_schema.tables")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static List<String> lastColumns(DuckDbStore store, String table) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rows = s.executeQuery("select column_name from information_schema.columns"
            + " where table_name = '" + table + "' order by ordinal_position")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names.subList(names.size() - NEW_COLUMNS.size() - 1, names.size());
  }
}

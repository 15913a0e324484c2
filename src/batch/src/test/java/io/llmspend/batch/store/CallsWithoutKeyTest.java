package io.llmspend.batch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calls table has no key index; a store made with one loses it once and keeps its rows. */
class CallsWithoutKeyTest {
  private static final String ROW = "insert into calls by name select 'openai:r-1' as call_key,"
      + " timestamp '2026-11-20 10:00:00' as ts, date '2026-11-20' as day, 'openai' as provider,"
      + " 'gpt-4o' as model, 200 as status, false as batch, 10 as input_tokens,"
      + " 10 as uncached_input_tokens, 0 as cached_input_tokens, 0 as cache_write_5m_tokens,"
      + " 0 as cache_write_1h_tokens, 5 as output_tokens, 0 as reasoning_tokens,"
      + " 'provider_usage' as cost_source, true as priced, false as long_context,"
      + " 'logs/a.jsonl' as source_file, 1 as source_line, 1 as run_id,"
      + " 0.000075000000 as cost_usd";

  @Test
  void aNewStoreHasNoKeyIndexOnCalls(@TempDir Path dir) throws Exception {
    try (DuckDbStore store = DuckDbStore.open(dir.resolve("new.duckdb"))) {
      assertThat(constraints(store.connection(), "PRIMARY KEY")).isZero();
      // the 20 not-null columns of raw/calls.sql, call_key among them
      assertThat(constraints(store.connection(), "NOT NULL")).isEqualTo(20);
    }
  }

  @Test
  void anOldStoreLosesTheKeyAndKeepsItsRowsAndViews(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      // calls as stores made before 2026-12 have it: call_key the primary key
      s.execute(DuckDbStore.sql("raw", "calls").replace("call_key                  varchar not null,",
          "call_key                  varchar primary key,"));
      assertThat(constraints(c, "PRIMARY KEY")).isEqualTo(1);
      s.execute(ROW);
      s.execute("create view spend_by_model as select model, sum(cost_usd) as usd from calls"
          + " group by model");
    }
    try (DuckDbStore store = DuckDbStore.open(file)) {
      assertThat(constraints(store.connection(), "PRIMARY KEY")).isZero();
      assertThat(constraints(store.connection(), "NOT NULL")).isEqualTo(20);
      try (Statement s = store.connection().createStatement();
          ResultSet rows = s.executeQuery("select model, usd from spend_by_model")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("gpt-4o");
        assertThat(rows.getBigDecimal(2)).isEqualByComparingTo("0.000075");
        assertThat(rows.next()).isFalse();
      }
    }
    // opened again: nothing left to do
    try (DuckDbStore store = DuckDbStore.open(file)) {
      assertThat(constraints(store.connection(), "PRIMARY KEY")).isZero();
    }
  }

  private static long constraints(Connection c, String type) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select count(*) from duckdb_constraints()"
            + " where table_name = 'calls' and constraint_type = '" + type + "'")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

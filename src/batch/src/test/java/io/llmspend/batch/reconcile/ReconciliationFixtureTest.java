package io.llmspend.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.store.DuckDbStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly on fixtures/reconcile (7 calls, 2026-11-02 and 03; README there) with the provider
 * exports that {@code llmspend-sample generate-exports} writes for them (fixtures/reconcile/exports):
 * every planted difference of the generator's plants for 2026-11-02 and 2 days is found with its
 * amount.
 * Book rates (prices/price-book.csv, USD per 1M tokens): gpt-4o-mini 0.15 in / 0.60 out;
 * claude-haiku-4-5 1.00 / 5.00; claude-sonnet-4-5 3.00 / 15.00.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationFixtureTest {
  private static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "reconcile");
  /** What generate-exports writes for the fixture's logs (checked by the sample module's tests). */
  private static final Path EXPORTS = FIXTURE.resolve("exports");
  private Path work;
  private int exitCode;

  @BeforeAll
  void generateAndReconcile(@TempDir Path work) {
    this.work = work;
    exitCode = nightly(EXPORTS, work.resolve("run"));
  }

  @Test
  void reconcilesWithNothingUnexplained() throws SQLException {
    assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
    assertThat(work.resolve("run/reports/2026-11-03/reconciliation.csv")).exists();
    // ours: 0.00063 + 0.003 + 0.007554 (day 1) + 0.00027 + 0.003 + 0.000045 (day 2) = 0.014499
    assertThat(sum("our_cost_usd", "true")).isEqualByComparingTo("0.014499");
    // billed: ours + unlogged 2 x 0.0144 + failed 0.00036 + price 0.0003 + searches 2 x 0.25
    assertThat(sum("billed_usd", "true")).isEqualByComparingTo("0.543959");
    assertThat(sum("abs(unexplained_usd)", "true")).isEqualByComparingTo("0");
  }

  @Test
  void findsTheKeyThatNeverLogs() throws SQLException {
    // key-unlogged-etl: 40 requests a day x (1,200 x 0.15 + 300 x 0.60) / 1M = 40 x 0.00036
    assertThat(sum("unlogged_usd", "model = 'gpt-4o-mini' and day = date '2026-11-02'"))
        .isEqualByComparingTo("0.0144");
    assertThat(sum("unlogged_usd", "true")).isEqualByComparingTo("0.0288");
  }

  @Test
  void findsTheFailedCallBilled() throws SQLException {
    // r02 (HTTP 500) billed once more: 2,000 x 0.15 / 1M + 100 x 0.60 / 1M = 0.0003 + 0.00006
    assertThat(sum("failed_calls_usd", "true")).isEqualByComparingTo("0.00036");
  }

  @Test
  void findsThePriceChangeTheBookLacks() throws SQLException {
    // haiku from 2026-11-03 (first day + 2 / 2) at 110%: r05 1,000 x 1.00 + 400 x 5.00 per 1M
    // = 0.003, billed 0.0033
    assertThat(sum("price_drift_usd", "model = 'claude-haiku-4-5' and day = date '2026-11-03'"))
        .isEqualByComparingTo("0.0003");
    assertThat(sum("price_drift_usd", "day = date '2026-11-02'")).isEqualByComparingTo("0");
  }

  @Test
  void findsTheWebSearchesBilledOutsideTokens() throws SQLException {
    // 25 searches a day x $0.01 on claude-sonnet-4-5, on both days
    assertThat(sum("outside_tokens_usd", "model = 'claude-sonnet-4-5'"))
        .isEqualByComparingTo("0.50");
  }

  @Test
  void calibratesTheEstimatedCount() throws SQLException {
    // r04: provider 18 input tokens vs our o200k estimate 15 ("Please review this contract
    // clause for risks." = 8 tokens + 3 per message + 1 role + 3 reply priming): ratio 1.2.
    // r07 (same body, no usage): 15 estimated -> 18; cost 15 x 3.00 / 1M = 0.000045 -> 0.000054
    try (DuckDbStore store = DuckDbStore.open(work.resolve("run/llmspend.duckdb"));
        Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("select * from token_calibration")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong("measured_calls")).isEqualTo(1);
      assertThat(rs.getBigDecimal("ratio")).isEqualByComparingTo("1.2");
      assertThat(rs.getLong("estimated_only_calls")).isEqualTo(1);
      assertThat(rs.getLong("calibrated_input_tokens")).isEqualTo(18);
      assertThat(rs.getBigDecimal("calibrated_cost_usd")).isEqualByComparingTo("0.000054");
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void aSecondRunSkipsTheFilesItHasSeen(@TempDir Path again) throws Exception {
    Path run = again.resolve("run");
    nightly(EXPORTS, run);
    assertThat(nightly(EXPORTS, run)).isEqualTo(ExitCodes.SUCCESS);
    try (DuckDbStore store = DuckDbStore.open(run.resolve("llmspend.duckdb"))) {
      assertThat(scalar(store, "select count(*) || ' ' || count(distinct run_id) from export_files"))
          .isEqualTo("4 1"); // 4 files, all loaded by the first run
      assertThat(scalar(store, "select sum(billed_usd) from reconciliation"))
          .isEqualTo(new BigDecimal("0.543959000000"));
    }
  }

  @Test
  void anUnexplainedVarianceFailsTheRunAfterTheReports(@TempDir Path bad) throws Exception {
    Path exports = bad.resolve("exports");
    copyWithout(EXPORTS, exports, "openai/usage-2026-11-02.json");
    assertThat(nightly(exports, bad.resolve("run"))).isEqualTo(ExitCodes.RECONCILIATION_VARIANCE);
    assertThat(bad.resolve("run/reports/2026-11-03/reconciliation.csv")).exists();
    assertThat(bad.resolve("run/reports/2026-11-03/run-summary.json")).exists();
    // no OpenAI usage: the OpenAI differences are unexplained, (0.01539 - 0.00063) + 0.0144
    // = 0.02916 of 0.543959 billed = 5.36%
    try (DuckDbStore store = DuckDbStore.open(bad.resolve("run/llmspend.duckdb"))) {
      assertThatThrownBy(() -> new ReconcileCheckTasklet(store, new BigDecimal("0.02"))
          .execute(null, null))
          .isInstanceOf(ReconciliationVarianceException.class)
          .hasMessage("reconciliation variance: $0.03 of the provider bill ($0.54) is"
              + " unexplained, 5.36% > the threshold 2% (llmspend.reconcile.max-unexplained-variance);"
              + " see reconciliation.csv (sql/checks/reconciliation_variance.sql)");
      new ReconcileCheckTasklet(store, new BigDecimal("0.06")).execute(null, null); // 5.36% <= 6%
    }
  }

  @Test
  void comparesProjectsWhenBothSidesHaveThem(@TempDir Path dir) throws Exception {
    // the OpenAI calls logged with project proj-fin, the OpenAI usage grouped by project
    Path logs = Files.createDirectories(dir.resolve("logs"));
    Files.writeString(logs.resolve("calls.jsonl"), Files.readString(
        FIXTURE.resolve("logs/calls.jsonl")).replace("\"team\":\"finance\"",
        "\"team\":\"finance\",\"project\":\"proj-fin\""));
    Path exports = dir.resolve("exports");
    copyWithout(EXPORTS, exports, "none");
    Path usage = exports.resolve("openai/usage-2026-11-02.json");
    Files.writeString(usage, Files.readString(usage).replace("\"project_id\" : null",
        "\"project_id\" : \"proj-fin\""));
    Path run = dir.resolve("run");
    assertThat(LlmSpendCommand.execute("nightly", "--logs", logs.toString(), "--exports",
        exports.toString(), "--db", run.resolve("llmspend.duckdb").toString(), "--reports",
        run.resolve("reports").toString(), "--date", "2026-11-03", "--config",
        FIXTURE.resolve("llmspend-test.yml").toString())).isEqualTo(ExitCodes.SUCCESS);
    try (DuckDbStore store = DuckDbStore.open(run.resolve("llmspend.duckdb"))) {
      assertThat(scalar(store, "select string_agg(project_id || '/' || api_key_id || ' ' || cause,"
          + " '; ' order by api_key_id) from reconcile_usage_by_key where provider = 'openai'"
          + " and day = date '2026-11-02'"))
          .isEqualTo("proj-fin/key-fin failed or timed-out calls;"
              + " proj-fin/key-unlogged-etl logs never saw it");
      assertThat(scalar(store, "select sum(abs(unexplained_usd)) from reconciliation"))
          .isEqualTo(new BigDecimal("0E-12"));
    }
  }

  private static int nightly(Path exports, Path run) {
    return LlmSpendCommand.execute("nightly", "--logs", FIXTURE.resolve("logs").toString(),
        "--exports", exports.toString(), "--db", run.resolve("llmspend.duckdb").toString(),
        "--reports", run.resolve("reports").toString(), "--date", "2026-11-03",
        "--config", FIXTURE.resolve("llmspend-test.yml").toString());
  }

  private BigDecimal sum(String expression, String where) throws SQLException {
    try (DuckDbStore store = DuckDbStore.open(work.resolve("run/llmspend.duckdb"))) {
      Object value = scalar(store, "select coalesce(sum(" + expression + "), 0) from reconciliation"
          + " where " + where);
      return new BigDecimal(value.toString());
    }
  }

  private static Object scalar(DuckDbStore store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }

  private static void copyWithout(Path from, Path to, String skipped) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!from.relativize(file).toString().equals(skipped)) {
          Path target = to.resolve(from.relativize(file));
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
  }
}

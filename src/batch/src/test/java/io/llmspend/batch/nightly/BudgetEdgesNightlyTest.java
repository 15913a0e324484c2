package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.FIXTURES;
import static io.llmspend.batch.nightly.NightlyFixtures.query;
import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.core.budget.Budget;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Budget edges through the real nightly job, on {@code fixtures/budget-edges} (its README has the
 * Berlin day of every call). Every call costs exactly $1.00, so spend counts calls. Time zone
 * Europe/Berlin, run-rate window 7 days.
 */
class BudgetEdgesNightlyTest {
  private static final Path FIXTURE = FIXTURES.resolve("budget-edges");
  @TempDir Path work;

  private int runWith(String config, String date, String... extra) {
    List<String> args = new ArrayList<>(List.of("nightly", "--logs",
        FIXTURE.resolve("logs").toString(), "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(), "--date", date, "--config", config));
    args.addAll(List.of(extra));
    return LlmSpendCommand.execute(args.toArray(String[]::new));
  }

  private int run(String date, String... extra) {
    return runWith(FIXTURE.resolve("llmspend-test.yml").toString(), date, extra);
  }

  private Object status(String column, String budget, String member) throws SQLException {
    return scalar(work, "select " + column + " from budget_status where budget = '" + budget
        + "' and member = '" + member + "' order by report_date desc, run_id desc limit 1");
  }

  private List<String> alerts(String date) throws SQLException {
    return strings("select budget || ' ' || alert || coalesce(' ' || threshold_pct, '')"
        + " from budget_alerts where report_date = '" + date + "' order by all");
  }

  private List<String> strings(String sql) throws SQLException {
    return query(work, sql, rs -> {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
      return rows;
    });
  }

  @Test
  void aCallAt2330UtcCountsOnTheNextBerlinDay() throws Exception {
    assertThat(run("2026-11-20")).isEqualTo(ExitCodes.SUCCESS);

    // tz1 (22:30 UTC = 23:30 Berlin) is on the 19th; tz2 (23:30 UTC = 00:30) on the 20th
    assertThat((BigDecimal) status("spent_usd", "tz-daily", "u-tz")).isEqualByComparingTo("1.00");
    assertThat(status("period_start", "tz-daily", "u-tz").toString()).isEqualTo("2026-11-20");
  }

  @Test
  void berlinDaysHoldAcrossBothSummerTimeChanges() throws Exception {
    assertThat(run("2026-10-25")).isEqualTo(ExitCodes.SUCCESS);
    // 25 October, 25 hours long: dst-a2 (22:30 UTC on the 24th = 00:30 CEST) and dst-a3
    // (22:30 UTC on the 25th = 23:30 CET); not dst-a1 (23:30 on the 24th) nor dst-a4 (the 26th)
    assertThat((BigDecimal) status("spent_usd", "dst-daily", "u-dst"))
        .isEqualByComparingTo("2.00");

    assertThat(run("2026-03-29")).isEqualTo(ExitCodes.SUCCESS);
    // 29 March, 23 hours long: dst-s2 (23:30 UTC on the 28th = 00:30 CET) and dst-s3 (21:30
    // UTC = 23:30 CEST); not dst-s1 (23:30 CET on the 28th) nor dst-s4 (00:30 CEST on the 30th)
    assertThat((BigDecimal) status("spent_usd", "dst-daily", "u-dst"))
        .isEqualByComparingTo("2.00");
  }

  @Test
  void spendEqualToTheLimitIsAHundredPercentNotExceeded() throws Exception {
    assertThat(run("2026-11-20")).isEqualTo(ExitCodes.SUCCESS);

    // eq1 + eq2 = $2.00 against $2.00: 100%, warning at the 100% threshold, not exceeded
    assertThat(status("status", "eq-weekly", "u-eq")).isEqualTo("warning");
    assertThat((BigDecimal) status("percent_used", "eq-weekly", "u-eq"))
        .isEqualByComparingTo("1");
    assertThat(status("threshold_reached_pct", "eq-weekly", "u-eq")).isEqualTo(100);
    assertThat(status("exceeded_on", "eq-weekly", "u-eq")).isNull();
    // $2.00 against $1.99: exceeded since the second call, on the 18th
    assertThat(status("status", "over-weekly", "u-eq")).isEqualTo("exceeded");
    assertThat(status("exceeded_on", "over-weekly", "u-eq").toString()).isEqualTo("2026-11-18");
    assertThat(alerts("2026-11-20")).contains("eq-weekly threshold 100", "over-weekly exceeded")
        .doesNotContain("eq-weekly exceeded");
  }

  @Test
  void forecastsTheMonthFromWeekdayAndWeekendRates() throws Exception {
    assertThat(run("2026-11-20")).isEqualTo(ExitCodes.SUCCESS);

    // window Sat 14 .. Fri 20 (7 days): weekdays 16-20 $5.00 / 5 = 1.00 a day, weekend 14-15
    // $1.00 / 2 = 0.50 a day. Spent in November: 14, 16..20 = $6.00. Days left: 6 weekdays and
    // 4 weekend days: 6.00 + 6 x 1.00 + 4 x 0.50 = 14.00. Cumulative passes $12 on Sat 28
    // (Fri 27 reaches 12.00, equal, not above).
    assertThat((BigDecimal) status("spent_usd", "fc-monthly", "fc")).isEqualByComparingTo("6");
    assertThat((BigDecimal) status("forecast_usd", "fc-monthly", "fc"))
        .isEqualByComparingTo("14");
    assertThat(status("projected_breach_date", "fc-monthly", "fc").toString())
        .isEqualTo("2026-11-28");
    assertThat(status("status", "fc-monthly", "fc")).isEqualTo("warning");
  }

  @Test
  void emptyPeriodsAndMembers() throws Exception {
    assertThat(run("2026-11-20")).isEqualTo(ExitCodes.SUCCESS);

    // a named member with no calls has a row of zeros
    assertThat((BigDecimal) status("spent_usd", "empty-monthly", "nobody"))
        .isEqualByComparingTo("0");
    assertThat((BigDecimal) status("forecast_usd", "empty-monthly", "nobody"))
        .isEqualByComparingTo("0");
    assertThat(status("status", "empty-monthly", "nobody")).isEqualTo("ok");
    // every user with calls in the period or the window (14th..20th): u-eq spent nothing on
    // the 20th; u-fc (fc-fri) and u-tz (tz2) spent $1.00 = the limit, at 100%
    assertThat(strings("select member || ' ' || status || ' ' || spent_usd::decimal(9, 2)"
        + " from budget_status where budget = 'each-user-daily' order by member")).containsExactly("u-eq ok 0.00", "u-fc warning 1.00", "u-tz warning 1.00");
  }

  @Test
  void aBudgetAddedMidPeriodCountsTheWholePeriodAndAlertsOnce() throws Exception {
    assertThat(run("2026-11-19")).isEqualTo(ExitCodes.SUCCESS);
    assertThat(runWith(FIXTURE.resolve("llmspend-late.yml").toString(), "2026-11-20"))
        .isEqualTo(ExitCodes.SUCCESS);

    // late-monthly, new on the 20th, counts all of November for u-fc: 14, 16..20 = $6.00 of $10
    assertThat((BigDecimal) status("spent_usd", "late-monthly", "u-fc"))
        .isEqualByComparingTo("6");
    // run 2 alerts: late-monthly reached 50% before it existed (alerted once, now);
    // fc-monthly went from $5.00 (41.7%) to $6.00 (50%); eq-weekly and over-weekly crossed
    // everything on the 19th already; each-user-daily: u-fc and u-tz reach $1.00 on the 20th
    assertThat(alerts("2026-11-20")).containsExactly("each-user-daily threshold 100",
        "each-user-daily threshold 100", "fc-monthly threshold 50", "late-monthly threshold 50");
    assertThat(alerts("2026-11-19")).contains("eq-weekly threshold 50", "eq-weekly threshold 80",
        "eq-weekly threshold 100", "over-weekly exceeded");
    // definitions are kept per run: fc-monthly twice, late-monthly once
    assertThat(scalar(work, "select count(*) from budget_definitions where name = 'fc-monthly'"))
        .isEqualTo(2L);
    assertThat(scalar(work,
        "select count(*) from budget_definitions where name = 'late-monthly'")).isEqualTo(1L);
  }

  @Test
  void aRunKilledOnceItsBudgetStepIsRecordedStillExitsWithSixOnRestart() throws Exception {
    // killed after the job repository recorded the budget step completed, before the job's
    // execution context (the hard budgets exceeded) was saved: the restart skips the step.
    // The job repository is a file, so the restart finds the killed run.
    String config = Files.writeString(work.resolve("llmspend.yml"),
        Files.readString(FIXTURE.resolve("llmspend-test.yml")).replace(
            "jdbc:h2:mem:llmspend-${random.uuid}",
            "jdbc:h2:file:" + work.resolve("jobs").toAbsolutePath() + ";WRITE_DELAY=0"))
        .toString();
    List<String> args = new ArrayList<>(List.of("nightly", "--logs",
        FIXTURE.resolve("logs").toString(), "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(), "--date", "2026-11-20", "--config",
        config, "--fail-on-exceeded"));
    Process child = ChildRun.start(work, "budget.recorded", "killed", args);
    ChildRun.awaitPause(child, work);
    ChildRun.kill(child);

    // over-weekly is hard and exceeded (failOnExceededExitsWithSixWhenAHardBudgetIsExceeded)
    assertThat(runWith(config, "2026-11-20", "--fail-on-exceeded"))
        .isEqualTo(ExitCodes.BUDGET_EXCEEDED);
    assertThat(RestartAfterKillTest.jobRepository(work, "select string_agg(status, ',' order by "
        + "job_execution_id) from batch_job_execution")).isEqualTo("FAILED,COMPLETED");
  }

  @Test
  void failOnExceededExitsWithSixWhenAHardBudgetIsExceeded() {
    // over-weekly is hard and exceeded; without the flag the run succeeds
    assertThat(run("2026-11-20")).isEqualTo(ExitCodes.SUCCESS);
    assertThat(run("2026-11-20", "--fail-on-exceeded")).isEqualTo(ExitCodes.BUDGET_EXCEEDED);
    assertThat(Files.exists(work.resolve("reports/2026-11-20/budgets.csv"))).isTrue();
  }

  @Test
  void anInvalidBudgetsFileStopsTheRunWithAnInputError() throws Exception {
    Path config = Files.writeString(work.resolve("invalid.yml"), """
        spring.datasource.url: jdbc:h2:mem:llmspend-invalid
        llmspend.budget.file: %s
        """.formatted(FIXTURE.resolve("invalid/negative-limit.yml")));

    assertThat(runWith(config.toString(), "2026-11-20")).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(Files.exists(work.resolve("llmspend.duckdb"))).isFalse();
  }
}

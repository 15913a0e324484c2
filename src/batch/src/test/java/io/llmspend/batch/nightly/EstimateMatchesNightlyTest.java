package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.FIXTURES;
import static io.llmspend.batch.nightly.NightlyFixtures.query;
import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.estimate.BudgetLookup;
import io.llmspend.batch.estimate.BudgetRemaining;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.estimate.CostEstimator;
import io.llmspend.core.estimate.Estimate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code estimate} and the nightly job agree exactly on {@code fixtures/estimate-requests}: three
 * request bodies logged without usage, so the nightly job prices each from its own re-count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstimateMatchesNightlyTest {
  private static final Path FIXTURE = FIXTURES.resolve("estimate-requests");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);
  private final CostEstimator estimator = CostEstimator.withDefaults();
  private Path work;

  @BeforeAll
  void runTheNight(@TempDir Path work) {
    this.work = work;
    assertThat(runNightly("estimate-requests", work, "2026-11-20")).isEqualTo(ExitCodes.SUCCESS);
    // a later run, as after a mistyped --date: its December period has spent $0 (every call is in
    // November); an estimate on 2026-11-25 must still show November's status
    assertThat(runNightly("estimate-requests", work, "2026-12-01")).isEqualTo(ExitCodes.SUCCESS);
  }

  @Test
  void theEstimateOfEveryLoggedRequestEqualsTheNightlyRecount() throws Exception {
    for (String line : Files.readAllLines(FIXTURE.resolve("logs/calls.jsonl"))) {
      JsonNode call = JSON.readTree(line);
      String id = call.get("request_id").asText();
      Instant at = Instant.parse(call.get("timestamp").asText());
      Estimate logged = estimator.estimateRequest(call.get("provider").asText(),
          call.get("model").asText(), call.get("request"), null, at);
      // the provider guessed from the model name gives the same estimate
      Estimate guessed = estimator.estimateRequest(null, call.get("model").asText(),
          call.get("request"), null, at);
      assertThat(guessed).as(id).isEqualTo(logged);

      List<Object> nightly = query(work, "select recount_input_tokens, system_prompt_tokens,"
          + " tool_tokens, history_tokens, user_message_tokens, max_output_tokens, cost_usd"
          + " from calls where request_id = '" + id + "'", rs -> {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7));
          });
      var split = logged.input();
      assertThat(List.of((long) split.totalTokens(), (long) split.systemTokens(),
          (long) split.toolTokens(), (long) split.historyTokens(),
          (long) split.userMessageTokens(), logged.maxOutputTokens())).as(id)
          .isEqualTo(nightly.subList(0, 6));
      assertThat(logged.inputCostUsd()).as(id).isEqualByComparingTo((BigDecimal) nightly.get(6));
      assertThat(split.systemTokens() * split.userMessageTokens())
          .as(id + ": every request has a system prompt and a user message").isPositive();
    }
  }

  @Test
  void theCommandPrintsTheSplitTheCostRangeAndTheBudget() throws Exception {
    List<Object> e1 = query(work, "select recount_input_tokens, system_prompt_tokens,"
        + " tool_tokens, history_tokens, user_message_tokens from calls"
        + " where request_id = 'e1'", rs -> {
          rs.next();
          return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
              rs.getLong(5));
        });
    String out = captureOut(() -> assertThat(LlmSpendCommand.execute("estimate", "--model",
        "gpt-4o", "--request", FIXTURE.resolve("requests/e1.json").toString(), "--max-output",
        "1000", "--budget", "est-monthly", "--db", work.resolve("llmspend.duckdb").toString(),
        "--today", "2026-11-25"))
        .isEqualTo(ExitCodes.SUCCESS));

    long input = (Long) e1.get(0);
    // gpt-4o: input x $2.50 per 1M (121 tokens: $0.0003025, shown $0.000302, half-even); with
    // 1,000 output tokens x $10.00 per 1M = + $0.01
    BigDecimal low = BigDecimal.valueOf(input).multiply(new BigDecimal("2.50")).movePointLeft(6);
    assertThat(out).contains(String.format("Input tokens: %d (system %d, tools %d, history %d,"
        + " user %d)", e1.toArray()))
        .contains("Max output tokens: 1,000")
        .contains("Estimated cost: $" + shown(low) + " to $"
            + shown(low.add(new BigDecimal("0.01"))))
        .contains("Budget est-monthly / est (soft, period 2026-11-01..2026-11-30, as of"
            + " 2026-11-20): limit $1.000000");
  }

  @Test
  void theBudgetLookupReadsTheLastRunOfThePeriodContainingToday() throws Exception {
    BigDecimal spent = (BigDecimal) NightlyFixtures.scalar(work,
        "select sum(cost_usd) from calls");
    BudgetLookup lookup = new BudgetLookup(work.resolve("llmspend.duckdb"));
    BudgetRemaining est = lookup.remaining("est-monthly", null, NOV_25).orElseThrow();

    assertThat(est.spentUsd()).isEqualByComparingTo(spent).isPositive();
    assertThat(est.remainingUsd()).isEqualByComparingTo(BigDecimal.ONE.subtract(spent));
    assertThat(est.status()).isEqualTo("ok");
    assertThat(List.of(est.periodStart(), est.periodEnd(), est.reportDate())).isEqualTo(List.of(
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
    assertThat(lookup.remaining("each-function-weekly", "estimate", LocalDate.of(2026, 11, 20)))
        .get().extracting(BudgetRemaining::spentUsd).isEqualTo(est.spentUsd());
  }

  @Test
  void anUnknownBudgetNameIsAnErrorNamingTheKnownOnes() {
    // it said "no status ... for the period containing" the day, as for a known budget
    Path db = work.resolve("llmspend.duckdb");
    assertThatThrownBy(() -> new BudgetLookup(db).remaining("no-such-budget", null, NOV_25))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("no budget no-such-budget in " + db + " (its nightly runs evaluated"
            + " each-function-weekly, each-model-monthly, est-monthly)");
  }

  @Test
  void aRunForALaterDayOrAnotherPeriodIsNotRead() throws Exception {
    BudgetLookup lookup = new BudgetLookup(work.resolve("llmspend.duckdb"));
    // the 2026-12-01 run: December, nothing spent yet
    BudgetRemaining december = lookup.remaining("est-monthly", null, LocalDate.of(2026, 12, 7))
        .orElseThrow();
    assertThat(List.of(december.periodStart(), december.reportDate()))
        .isEqualTo(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
    assertThat(december.spentUsd()).isZero();
    // before the 20th no run of November had happened; October never ran
    assertThat(lookup.remaining("est-monthly", null, LocalDate.of(2026, 11, 19))).isEmpty();
    assertThat(lookup.remaining("est-monthly", null, LocalDate.of(2026, 10, 15))).isEmpty();
  }

  @Test
  void aBudgetWithSeveralMembersNeedsTheMember() throws Exception {
    BudgetLookup lookup = new BudgetLookup(work.resolve("llmspend.duckdb"));
    // e1 gpt-4o, e2 claude-sonnet-4-5 (its price-book model), e3 gpt-4o-mini
    assertThatThrownBy(() -> lookup.remaining("each-model-monthly", null, NOV_25))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("budget each-model-monthly has 3 members: pass --member");
    assertThat(lookup.remaining("each-model-monthly", "gpt-4o", NOV_25).orElseThrow()
        .spentUsd())
        .isEqualByComparingTo((BigDecimal) NightlyFixtures.scalar(work,
            "select cost_usd from calls where request_id = 'e1'"));
  }

  private static String shown(BigDecimal usd) {
    return usd.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String captureOut(Runnable action) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}

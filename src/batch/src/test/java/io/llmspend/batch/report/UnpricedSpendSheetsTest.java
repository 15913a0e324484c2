package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spend sheets left a row's money cell empty when all its calls were unpriced (an empty cell
 * reads as $0 and sums as $0), said nothing of the unpriced calls beside a partly priced amount,
 * and divided the cost per call by all calls, unpriced ones included (under-stated). Each spend
 * cell now says {@code N unpriced} or {@code $x + N unpriced}, the report date's column counting
 * that day's unpriced calls, and cost per call is over the priced calls.
 *
 * <p>Fixture: fixtures/unpriced-spend (see its README). gpt-4o-mini at 0.15 input / 0.60 output
 * USD per 1M tokens: s01 = 1,000 x 0.15 + 200 x 0.60 = 150 + 120 = 270 per 1M = 0.00027 (11-02);
 * s04 = 2,000 x 0.15 = 300 per 1M = 0.0003 (11-01); s02, s03, s05 unpriced (11-02). Month to date
 * 0.00027 + 0.0003 = 0.00057. Each amount shows as $0.00; ShownCells adds the value behind it.
 */
class UnpricedSpendSheetsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final String LEAVES_OUT =
      " leaves out 3 unpriced calls (no price in the price book): never counted as $0";
  @TempDir
  static Path work;

  @BeforeAll
  static void nightlyAndMonthly() {
    String db = work.resolve("s.duckdb").toString();
    String reports = work.resolve("reports").toString();
    String config = FIXTURES.resolve("reconcile/llmspend-test.yml").toString();
    assertThat(LlmSpendCommand.execute("nightly", "--logs",
        FIXTURES.resolve("unpriced-spend/logs").toString(), "--db", db, "--reports", reports,
        "--date", "2026-11-02", "--config", config)).isZero();
    assertThat(LlmSpendCommand.execute("monthly", "--month", "2026-11", "--db", db,
        "--reports", reports, "--config", config)).isZero();
  }

  @Test
  void byTeamAndByUserSayWhatTheirSpendLeavesOut() throws Exception {
    try (XSSFWorkbook nightly = workbook("2026-11-02/llmspend-2026-11-02.xlsx")) {
      // legal: on 11-02 only s05 (unpriced); month to date s04 0.0003 + s05 unpriced
      // finance: s01 0.00027 + s02 unpriced, both on 11-02; growth: s03 unpriced only
      // share: 0.0003 / 0.00057 = 52.6%, 0.00027 / 0.00057 = 47.4%, none for growth
      assertThat(ShownCells.rows(nightly.getSheet("By team"), 5)).containsExactly(
          "legal | review | 1 unpriced | $0.00 + 1 unpriced (0.0003) | 52.6%",
          "finance | extract | $0.00 + 1 unpriced (0.00027) | $0.00 + 1 unpriced (0.00027) | 47.4%",
          "growth | translate | 1 unpriced | 1 unpriced | ",
          "Spend on report date" + LEAVES_OUT + " |  |  |  | ",
          "Spend month to date" + LEAVES_OUT + " |  |  |  | ",
          "Total |  | $0.00 (0.00027) | $0.00 (0.00057) | ");
      assertThat(ShownCells.rows(nightly.getSheet("By user"), 4)).containsExactly(
          "carol | legal | 1 unpriced | $0.00 + 1 unpriced (0.0003)",
          "alice | finance | $0.00 + 1 unpriced (0.00027) | $0.00 + 1 unpriced (0.00027)",
          "bob | growth | 1 unpriced | 1 unpriced",
          "Spend on report date" + LEAVES_OUT + " |  |  | ",
          "Spend month to date" + LEAVES_OUT + " |  |  | ",
          "Total |  | $0.00 (0.00027) | $0.00 (0.00057)");
    }
  }

  @Test
  void costPerCallIsOverThePricedCalls() throws Exception {
    try (XSSFWorkbook nightly = workbook("2026-11-02/llmspend-2026-11-02.xlsx")) {
      // columns: team, function, report date, month to date, share, calls, input, output, cost
      // per call. legal: 0.0003 / 1 priced call (not / 2 = 0.00015); finance 0.00027 / 1 (not
      // 0.000135); growth: no priced call, no cost per call (its spend cells say why). Cost per
      // call has no Total (not a sum).
      assertThat(ShownCells.rows(nightly.getSheet("By function"), 9)).containsExactly(
          "legal | review | 1 unpriced | $0.00 + 1 unpriced (0.0003) | 52.6% | 2 | 2,100"
              + " | 10 | $0.000300 (0.0003)",
          "finance | extract | $0.00 + 1 unpriced (0.00027) | $0.00 + 1 unpriced (0.00027)"
              + " | 47.4% | 2 | 1,500 | 300 | $0.000270 (0.00027)",
          "growth | translate | 1 unpriced | 1 unpriced |  | 1 | 400 | 500 | ",
          "Spend on report date" + LEAVES_OUT + " |  |  |  |  |  |  |  | ",
          "Spend month to date" + LEAVES_OUT + " |  |  |  |  |  |  |  | ",
          "Total |  | $0.00 (0.00027) | $0.00 (0.00057) |  | 5 | 4,000 | 810 | ");
    }
  }

  @Test
  void byModelAndByDayCountUnpricedCallsPerRow() throws Exception {
    try (XSSFWorkbook nightly = workbook("2026-11-02/llmspend-2026-11-02.xlsx")) {
      // By model's sheet has a title; gpt-4o-mini: 11-02 s01 0.00027, month s01 + s04 0.00057
      assertThat(ShownCells.rows(nightly.getSheet("By model"), 4)).containsExactly(
          "Provider | Model | Spend on report date | Spend month to date",
          "openai | gpt-4o-mini | $0.00 (0.00027) | $0.00 (0.00057)",
          "mistral | mistral-large-2411 | 1 unpriced | 1 unpriced",
          "openai | gpt-not-in-the-book | 2 unpriced | 2 unpriced",
          "Spend on report date" + LEAVES_OUT + " |  |  | ",
          "Spend month to date" + LEAVES_OUT + " |  |  | ",
          "Input spend" + LEAVES_OUT + " |  |  | ",
          "Output spend" + LEAVES_OUT + " |  |  | ",
          "Total |  | $0.00 (0.00027) | $0.00 (0.00057)");
      // columns: day, calls, input, output, spend
      assertThat(ShownCells.rows(nightly.getSheet("By day"), 5)).containsExactly(
          "2026-11-01 | 1 | 2,000 | 0 | $0.00 (0.0003)",
          "2026-11-02 | 4 | 2,000 | 810 | $0.00 + 3 unpriced (0.00027)",
          "Spend" + LEAVES_OUT + " |  |  |  | ",
          "Total | 5 | 4,000 | 810 | $0.00 (0.00057)");
    }
  }

  @Test
  void theMonthlyWorkbookSaysItToo() throws Exception {
    try (XSSFWorkbook monthly = workbook("monthly/llmspend-2026-11.xlsx")) {
      assertThat(ShownCells.rows(monthly.getSheet("By function"), 3)).containsExactly(
          "legal | review | $0.00 + 1 unpriced (0.0003)",
          "finance | extract | $0.00 + 1 unpriced (0.00027)",
          "growth | translate | 1 unpriced",
          "Spend" + LEAVES_OUT + " |  | ",
          "Total |  | $0.00 (0.00057)");
    }
  }

  private static XSSFWorkbook workbook(String path) throws Exception {
    return new XSSFWorkbook(Files.newInputStream(work.resolve("reports").resolve(path)));
  }
}

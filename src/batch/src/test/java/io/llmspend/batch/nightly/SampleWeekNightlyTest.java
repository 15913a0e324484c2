package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.Enforcement;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job on the committed sample week (sample-data/README.md: 21,041 lines = 21,027
 * calls + 10 duplicate lines + 4 malformed lines). Every report table must tie out to the cent
 * with the calls table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleWeekNightlyTest {
  private Path work;
  private Path reports;
  private int exitCode;

  @BeforeAll
  void runTheSampleWeek(@TempDir Path work) {
    this.work = work;
    exitCode = runNightly("sample-week", Path.of("..", "..", "sample-data", "request-logs"), work, "2026-11-22",
        "--exports", Path.of("..", "..", "sample-data", "provider-exports").toString());
    reports = work.resolve("reports").resolve("2026-11-22");
  }

  @Test
  void accountsForEveryLine() throws IOException {
    assertThat(exitCode).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    assertThat(Files.readString(reports.resolve("run-summary.json")))
        .contains("\"read\" : 21041", "\"loaded\" : 21027", "\"quarantined\" : 4",
            "\"duplicates\" : 10");
    assertThat(csv("quarantine")).hasSize(4);
  }

  @Test
  void everyReportTableTiesOutToTheCallsTable() throws Exception {
    BigDecimal calls = (BigDecimal) scalar(work, "select sum(cost_usd) from calls");
    assertThat(sum(csv("by_team"), "Spend month to date")).isEqualByComparingTo(calls);
    assertThat(sum(csv("by_function"), "Spend month to date")).isEqualByComparingTo(calls);
    assertThat(sum(csv("by_user"), "Spend month to date")).isEqualByComparingTo(calls);
    assertThat(sum(csv("by_model"), "Spend month to date")).isEqualByComparingTo(calls);
    assertThat(sum(csv("by_day"), "Spend")).isEqualByComparingTo(calls);
    assertThat(sum(csv("spend_detail"), "Spend")).isEqualByComparingTo(calls);
    BigDecimal lastDay = (BigDecimal) scalar(work,
        "select sum(cost_usd) from calls where day = date '2026-11-22'");
    assertThat(sum(csv("by_team"), "Spend on report date")).isEqualByComparingTo(lastDay);
  }

  @Test
  void unpricedCallsAreReportedNotSummed() throws IOException {
    // 21 calls on mistral-large-2411, which the price book lacks (sample-data/README.md)
    assertThat(csv("data_quality")).anySatisfy(r -> {
      assertThat(r.get("Issue")).isEqualTo("unpriced model");
      assertThat(r.get("Item")).isEqualTo("mistral / mistral-large-2411");
      assertThat(r.get("Calls")).isEqualTo("21");
    });
    assertThat(csv("by_model")).filteredOn(r -> r.get("Model").equals("mistral-large-2411"))
        .singleElement().satisfies(r -> assertThat(r.get("Spend month to date")).isEmpty());
  }

  @Test
  void reconcilesTheWeekWithTheProviderExports() throws Exception {
    // planted by generate-exports (sample-data/README.md), whatever the logs hold: every day
    // 40 x (1,200 x 0.15 + 300 x 0.60) / 1M = $0.0144 on a key that never logs, 25 searches
    // x $0.01 on claude-sonnet-4-5, and haiku 10% above the book from 2026-11-19
    assertThat(csv("reconciliation")).filteredOn(r -> !r.get("Logs never saw").isEmpty()
        && new BigDecimal(r.get("Logs never saw")).signum() != 0)
        .hasSize(7).allSatisfy(r -> assertThat(new BigDecimal(r.get("Logs never saw")))
            .isEqualByComparingTo("0.0144"));
    assertThat(csv("reconciliation")).filteredOn(r -> r.get("Model").equals("claude-sonnet-4-5"))
        .hasSize(7).allSatisfy(r -> assertThat(new BigDecimal(r.get("Outside tokens")))
            .isEqualByComparingTo("0.25"));
    assertThat(csv("reconciliation")).filteredOn(r -> r.get("Model").equals("claude-haiku-4-5"))
        .hasSize(7).allSatisfy(r -> assertThat(new BigDecimal(r.get("Price drift")))
            .isEqualByComparingTo(r.get("Day").compareTo("2026-11-19") < 0 ? BigDecimal.ZERO
                : new BigDecimal(r.get("Our cost")).multiply(new BigDecimal("0.10"))));
    assertThat(sum(csv("reconciliation"), "Unexplained")).isEqualByComparingTo("0");
    assertThat(sum(csv("reconciliation"), "Failed calls billed")).isPositive();
  }

  @Test
  void theWorkbookHasItsSheetsAndTotals() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(
        Files.newInputStream(reports.resolve("llmspend-2026-11-22.xlsx")))) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).containsExactly("Summary", "By team", "By function", "By user",
          "By model", "By day", "Data quality", "Recommendations", "Budgets", "Budgets chart",
          "Reconciliation", "Reconciliation by key", "Token calibration");
      var summary = workbook.getSheet("Summary");
      var labels = new ArrayList<String>();
      summary.forEach(row -> labels.add(row.getCell(0) == null ? ""
          : row.getCell(0).toString()));
      assertThat(labels).contains("Savings identified", "Savings identified, per month",
          "Top findings");
      var byTeam = workbook.getSheet("By team");
      var total = byTeam.getRow(byTeam.getLastRowNum());
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(BigDecimal.valueOf(total.getCell(3).getNumericCellValue())) // Spend month to date
          .isEqualByComparingTo(sum(csv("by_team"), "Spend month to date"));
    }
  }

  @Test
  void theBudgetReportFlagsTheShippedExamples() throws Exception {
    // jobs/budgets.yml on the week 2026-11-16 (Mon) .. 22 (Sun), report date Sunday 22.
    List<CSVRecord> budgets = csv("budgets");
    CSVRecord research = row(budgets, "research-monthly", "research");
    // research: weekdays $33.09936595 / 5 = 6.61987319 a day, weekend $5.5170966 / 2 = 2.7585483;
    // November 23..30 has 6 weekdays and 2 weekend days:
    // 38.61646255 + 6 x 6.61987319 + 2 x 2.7585483 = 38.61646255 + 39.71923914 + 5.5170966
    // = 83.85279829 > $75; cumulative 23: 45.24, 24: 51.86, 25: 58.48, 26: 65.10, 27: 71.72,
    // 28 (Saturday): 74.47, 29: 77.23
    assertThat(research.get("Spent")).isEqualTo("38.616462550000");
    assertThat(research.get("Status")).isEqualTo("warning");
    assertThat(research.get("Forecast to period end")).isEqualTo("83.852798290000");
    assertThat(research.get("Projected breach date")).isEqualTo("2026-11-29");
    // doc-qa: $21.06291375 in the week, above $20 on the 22nd (cumulative $18.5942175 on the 21st)
    CSVRecord docQa = row(budgets, "doc-qa-weekly", "doc-qa");
    assertThat(docQa.get("Status")).isEqualTo("exceeded");
    assertThat(docQa.get("Exceeded on")).isEqualTo("2026-11-22");
    assertThat(docQa.get("Enforcement")).isEqualTo("hard");
    // the global budget ties out with the calls table; the 21 mistral calls are unpriced
    CSVRecord company = row(budgets, "company-monthly", "(all)");
    assertThat(new BigDecimal(company.get("Spent"))).isEqualByComparingTo(
        (BigDecimal) scalar(work, "select sum(cost_usd) from calls"));
    assertThat(company.get("Unpriced calls")).isEqualTo("21");
    assertThat(csv("alerts")).anySatisfy(r -> assertThat(r.get("Budget") + " " + r.get("Alert"))
        .isEqualTo("doc-qa-weekly exceeded"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(
        Files.newInputStream(reports.resolve("llmspend-2026-11-22.xlsx")))) {
      var sheet = workbook.getSheet("Budgets");
      assertThat(workbook.getSheet("Budgets chart").getDrawingPatriarch().getCharts())
          .hasSize(1);
      assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings())
          .isEqualTo(3);
    }
  }

  private static CSVRecord row(List<CSVRecord> rows, String budget, String member) {
    return rows.stream().filter(r -> r.get("Budget").equals(budget)
        && r.get("Member").equals(member)).findFirst().orElseThrow();
  }

  @Test
  void findsThePlantedBilledFailuresAndUnreadCacheWrites() throws Exception {
    List<CSVRecord> found = csv("recommendations");
    // the 41 planted HTTP 500 calls (sample-data/README.md), billed for input and part of output
    var failures = found.stream().filter(r -> r.get("Kind").equals("billed_failure")).toList();
    assertThat(failures.stream().mapToLong(r -> Long.parseLong(r.get("Calls"))).sum())
        .isEqualTo(41);
    assertThat(sum(failures, "Stand-alone savings over observed days")).isEqualByComparingTo(
        (BigDecimal) scalar(work, "select sum(cost_usd) from calls where status = 500"
            + " and team <> 'ops'")); // ops' two billed 500s are a planted retry storm
    // contract-review's writes of its 2,907-token system prompt (2,528 framed o200k x 1.15) never
    // read within their lifetime: 9 five-minute writes x 2,907 x (3.75 - 3.00) + 1 one-hour write
    // x 2,907 x (6.00 - 3.00) = 0.01962225 + 0.008721 = $0.02834325 over 7 days; x 30 / 7
    // = 0.121471071428
    assertThat(found).filteredOn(r -> r.get("Kind").equals("cache_write_unread")).singleElement()
        .satisfies(r -> {
          assertThat(r.get("Function")).isEqualTo("contract-review");
          assertThat(r.get("Calls")).isEqualTo("10");
          assertThat(new BigDecimal(r.get("Stand-alone savings over observed days")))
              .isEqualByComparingTo("0.02834325");
          assertThat(new BigDecimal(r.get("Stand-alone savings per month")))
              .isEqualByComparingTo("0.121471071428");
        });
    assertThat(sum(found, "Savings per month")).isEqualByComparingTo((BigDecimal) scalar(work,
        "select sum(counted_per_month_usd) from recommendations"));
    assertThat(Files.readString(reports.resolve("recommendations.md")))
        .startsWith("# Recommendations\n\n" + found.stream().filter(r -> !r.get("Confidence")
            .equals("low")).count() + " findings to act on;")
        .contains("## 1. " + found.get(0).get("Id") + " ");
  }

  /**
   * Savings identified count each call once (docs/detect.md): the findings' stand-alone savings
   * overlap (a repeated request with a long system prompt would be saved twice); the 14
   * recommendations' add up to $90.42, counted once $79.72 (22.5% of spend), and no function is
   * saved more than it spent.
   */
  @Test
  void savingsIdentifiedCountEachCallOnce() throws IOException {
    var spend = new java.util.HashMap<String, BigDecimal>();
    csv("by_function").forEach(r -> spend.merge(r.get("Function"),
        new BigDecimal(r.get("Spend month to date").isEmpty() ? "0" : r.get("Spend month to date")),
        BigDecimal::add));
    var saved = new java.util.HashMap<String, BigDecimal>();
    csv("recommendations").forEach(r -> saved.merge(r.get("Function"),
        new BigDecimal(r.get("Savings per month")), BigDecimal::add));
    // per month = observed x 30 / 7: compare the observed savings, x 7 / 30, with the spend
    saved.forEach((function, perMonth) -> assertThat(perMonth.multiply(BigDecimal.valueOf(7))
        .divide(BigDecimal.valueOf(30), 12, java.math.RoundingMode.DOWN)).as(function)
        .isLessThanOrEqualTo(spend.get(function)));
    assertThat(Files.readString(reports.resolve("recommendations.md"))).contains(
        "14 findings to act on; savings identified $79.72 per month (22.5% of spend), each call"
            + " counted once", "they overlap and add up to $90.42 per month",
        "20 more findings rest on too little evidence to act on");
  }

  /**
   * The ops team's planted waste (sample-data/README.md, WasteLab): exactly one finding per
   * planted kind, with the savings worked out from the planted token counts. Rates (USD per 1M):
   * gpt-4.1-mini input 0.40, cached 0.10, output 1.60, batch 0.20 / 0.80; gpt-4o 2.50 / 10.00;
   * gpt-4o-mini 0.15 / 0.60. 7 observed days, 30 days in November.
   */
  @Test
  void findsExactlyThePlantedWaste() throws IOException {
    var ops = csv("recommendations").stream().filter(r -> r.get("Team").equals("ops"))
        .collect(java.util.stream.Collectors.toMap(r -> r.get("Function"), r -> r));
    assertThat(ops).containsOnlyKeys("faq-bot", "policy-check", "contract-drafter", "tagger",
        "summarizer", "sync-job", "nightly-digest", "coach-chat");
    // each rests on 2 to 5 calls worth fractions of a cent: kept, not recommended (docs/detect.md)
    assertThat(ops.values()).allSatisfy(r -> assertThat(r.get("Confidence")).isEqualTo("low"));
    assertThat(Files.readString(reports.resolve("recommendations.md"))).doesNotContain("ops /");
    // 3 repeats x (47 in x 0.40 + 80 out x 1.60) = 3 x 146.8 = 440.4 micro-USD
    planted(ops.get("faq-bot"), "repeated_request", "3", "0.0004404");
    // 1,414-token prefix read in 128-token steps = 1,408, by the 4 calls after the first:
    // 4 x 1,408 x (0.40 - 0.10) = 1,689.6 micro-USD (OpenAI writes are free)
    planted(ops.get("policy-check"), "cacheable_prefix", "5", "0.0016896");
    // no shorter version of its own: the p75 of the other 18 functions' system prompts (7, 8,
    // 8, 9, 9, 10, 183, 242, 253, 280, 356, 392, 530, 568, 592, 1,414, 1,475, 2,528 tokens: the
    // ceil(18 x 0.75) = 14th, 568); 3 calls x (2,823 - 568) x 0.40 = 2,706
    planted(ops.get("contract-drafter"), "long_system_prompt", "3", "0.002706");
    assertThat(ops.get("contract-drafter").get("Fix")).startsWith("shorten the system prompt to"
        + " about 568 tokens (the p75 of the other functions' 18 system prompts)");
    // 4 x [(183 x 2.50 + 20 x 10.00) - (183 x 0.15 + 20 x 0.60)] = 4 x (657.5 - 39.45) = 2,472.2
    planted(ops.get("tagger"), "right_size_model", "4", "0.0024722");
    // no direct cost; 3 x (4,096 - 100) = 11,988 tokens reserved and unused
    planted(ops.get("summarizer"), "over_reserved_max_tokens", "3", "0");
    assertThat(ops.get("summarizer").get("Tokens")).isEqualTo("11988");
    // the 2 billed HTTP 500 attempts: 2 x 452 x 0.40 = 361.6
    planted(ops.get("sync-job"), "retry_storm", "2", "0.0003616");
    // 3 x [(239 x 0.40 + 60 x 1.60) - (239 x 0.20 + 60 x 0.80)] = 3 x (191.6 - 95.8) = 287.4
    planted(ops.get("nightly-digest"), "batch_candidate", "3", "0.0002874");
    // 2 calls x (3,272 history - 2,000 kept) x 0.40 = 1,017.6
    planted(ops.get("coach-chat"), "growing_history", "2", "0.0010176");
  }

  private static void planted(CSVRecord r, String kind, String calls, String observedUsd) {
    assertThat(r.get("Kind")).isEqualTo(kind);
    assertThat(r.get("Calls")).isEqualTo(calls);
    BigDecimal observed = new BigDecimal(observedUsd);
    assertThat(new BigDecimal(r.get("Stand-alone savings over observed days")))
        .isEqualByComparingTo(observed);
    // x 30 / 7, truncated at 12 decimals
    assertThat(new BigDecimal(r.get("Stand-alone savings per month"))).isEqualByComparingTo(observed
        .multiply(BigDecimal.valueOf(30)).divide(BigDecimal.valueOf(7), 12,
            java.math.RoundingMode.DOWN));
  }

  private List<CSVRecord> csv(String stem) throws IOException {
    try (Reader in = Files.newBufferedReader(reports.resolve(stem + ".csv"))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(in).getRecords();
    }
  }

  private static BigDecimal sum(List<CSVRecord> rows, String column) {
    return rows.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty())
        .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

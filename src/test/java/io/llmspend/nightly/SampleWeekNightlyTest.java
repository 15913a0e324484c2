package io.llmspend.nightly;

import static io.llmspend.nightly.NightlyFixtures.runNightly;
import static io.llmspend.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.cli.ExitCodes;
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
 * The nightly job on the committed sample week (sample-data/README.md: 21,014 lines = 21,000
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
    exitCode = runNightly("sample-week", Path.of("sample-data", "request-logs"), work, "2026-11-22",
        "--exports", Path.of("sample-data", "provider-exports").toString());
    reports = work.resolve("reports").resolve("2026-11-22");
  }

  @Test
  void accountsForEveryLine() throws IOException {
    assertThat(exitCode).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    assertThat(Files.readString(reports.resolve("run-summary.json")))
        .contains("\"read\" : 21014", "\"loaded\" : 21000", "\"quarantined\" : 4",
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
    // 20 calls on mistral-large-2411, which the price book lacks (sample-data/README.md)
    assertThat(csv("data_quality")).anySatisfy(r -> {
      assertThat(r.get("Issue")).isEqualTo("unpriced model");
      assertThat(r.get("Item")).isEqualTo("mistral / mistral-large-2411");
      assertThat(r.get("Calls")).isEqualTo("20");
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
          "By model", "By day", "Data quality", "Budgets", "Reconciliation",
          "Reconciliation by key", "Token calibration");
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
    // research: weekdays $36.70428525 / 5 = 7.34085705 a day, weekend $5.2415308 / 2 = 2.6207654;
    // November 23..30 has 6 weekdays and 2 weekend days:
    // 41.94581605 + 6 x 7.34085705 + 2 x 2.6207654 = 41.94581605 + 44.0451423 + 5.2415308
    // = 91.23248915 > $75; cumulative 23: 49.29, 24: 56.63, 25: 63.97, 26: 71.31, 27: 78.65
    assertThat(research.get("Spent")).isEqualTo("41.945816050000");
    assertThat(research.get("Status")).isEqualTo("warning");
    assertThat(research.get("Forecast to period end")).isEqualTo("91.232489150000");
    assertThat(research.get("Projected breach date")).isEqualTo("2026-11-27");
    // doc-qa: $24.63407375 in the week, above $20 since the 20th (cumulative $21.48486125)
    CSVRecord docQa = row(budgets, "doc-qa-weekly", "doc-qa");
    assertThat(docQa.get("Status")).isEqualTo("exceeded");
    assertThat(docQa.get("Exceeded on")).isEqualTo("2026-11-20");
    assertThat(docQa.get("Enforcement")).isEqualTo("hard");
    // the global budget ties out with the calls table; the 20 mistral calls are unpriced
    CSVRecord company = row(budgets, "company-monthly", "(all)");
    assertThat(new BigDecimal(company.get("Spent"))).isEqualByComparingTo(
        (BigDecimal) scalar(work, "select sum(cost_usd) from calls"));
    assertThat(company.get("Unpriced calls")).isEqualTo("20");
    assertThat(csv("alerts")).anySatisfy(r -> assertThat(r.get("Budget") + " " + r.get("Alert"))
        .isEqualTo("doc-qa-weekly exceeded"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(
        Files.newInputStream(reports.resolve("llmspend-2026-11-22.xlsx")))) {
      var sheet = workbook.getSheet("Budgets");
      assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
      assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings())
          .isEqualTo(3);
    }
  }

  private static CSVRecord row(List<CSVRecord> rows, String budget, String member) {
    return rows.stream().filter(r -> r.get("Budget").equals(budget)
        && r.get("Member").equals(member)).findFirst().orElseThrow();
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

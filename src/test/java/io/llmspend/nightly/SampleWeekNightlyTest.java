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
    exitCode = runNightly("sample-week", Path.of("sample-data", "request-logs"), work, "2026-11-22");
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
  void theWorkbookHasItsSheetsAndTotals() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(
        Files.newInputStream(reports.resolve("llmspend-2026-11-22.xlsx")))) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).containsExactly("Summary", "By team", "By function", "By user",
          "By model", "By day", "Data quality", "Recommendations");
      var summary = workbook.getSheet("Summary");
      var labels = new ArrayList<String>();
      summary.forEach(row -> labels.add(row.getCell(0) == null ? ""
          : row.getCell(0).toString()));
      assertThat(labels).contains("Savings identified", "Savings identified, per month",
          "Top findings");
      var byTeam = workbook.getSheet("By team");
      var total = byTeam.getRow(byTeam.getLastRowNum());
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(BigDecimal.valueOf(total.getCell(2).getNumericCellValue()))
          .isEqualByComparingTo(sum(csv("by_team"), "Spend month to date"));
    }
  }

  @Test
  void findsThePlantedBilledFailuresAndUnreadCacheWrites() throws Exception {
    List<CSVRecord> found = csv("recommendations");
    // the 43 planted HTTP 500 calls (sample-data/README.md), billed for input and part of output
    var failures = found.stream().filter(r -> r.get("Kind").equals("billed_failure")).toList();
    assertThat(failures.stream().mapToLong(r -> Long.parseLong(r.get("Calls"))).sum())
        .isEqualTo(43);
    assertThat(sum(failures, "Savings over observed days")).isEqualByComparingTo(
        (BigDecimal) scalar(work, "select sum(cost_usd) from calls where status = 500"));
    // contract-review's writes of its 3,148-token system prompt never read within their
    // lifetime: 9 five-minute writes x 3,148 x (3.75 - 3.00) + 1 one-hour write x 3,148 x
    // (6.00 - 3.00) = 0.021249 + 0.009444 = $0.030693 over 7 days; x 30 / 7 = 0.131541428571
    assertThat(found).filteredOn(r -> r.get("Kind").equals("cache_write_unread")).singleElement()
        .satisfies(r -> {
          assertThat(r.get("Function")).isEqualTo("contract-review");
          assertThat(r.get("Calls")).isEqualTo("10");
          assertThat(new BigDecimal(r.get("Savings over observed days")))
              .isEqualByComparingTo("0.030693");
          assertThat(new BigDecimal(r.get("Savings per month")))
              .isEqualByComparingTo("0.131541428571");
        });
    assertThat(sum(found, "Savings per month")).isEqualByComparingTo((BigDecimal) scalar(work,
        "select sum(savings_per_month_usd) from recommendations"));
    assertThat(Files.readString(reports.resolve("recommendations.md")))
        .startsWith("# Recommendations\n\n" + found.size() + " findings;")
        .contains("## 1. " + found.get(0).get("Id") + " ");
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

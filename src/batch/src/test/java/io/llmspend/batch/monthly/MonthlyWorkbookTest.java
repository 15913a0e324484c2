package io.llmspend.batch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.core.budget.Budget;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly workbook for the sample month (the committed sample week, 2026-11-16..22, is all
 * of November's data), with cost centers for four of the six teams. Every sheet ties out to the
 * cent with the calls table, and writing the month again gives the same numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyWorkbookTest {
  private static final Path CONFIG = Path.of("src/test/resources/fixtures/monthly/llmspend-test.yml");
  private Path work;
  private Path csvs;
  private BigDecimal november;
  private int firstExit;

  @BeforeAll
  void nightlyThenMonthly(@TempDir Path work) throws Exception {
    this.work = work;
    LlmSpendCommand.execute("nightly", "--logs", "../../sample-data/request-logs", "--db", db(),
        "--reports", work.resolve("reports").toString(), "--date", "2026-11-22",
        "--config", CONFIG.toString(), "--exports", "../../sample-data/provider-exports");
    plantOctoberFindings();
    firstExit = monthly();
    csvs = work.resolve("reports/monthly/2026-11");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select sum(cost_usd) from calls "
            + "where day between date '2026-11-01' and date '2026-11-30'")) {
      rs.next();
      november = rs.getBigDecimal(1); // $80.51 (README of sample-data: the week's spend)
    }
  }

  @Test
  void everyTableTiesOutToTheCallsTable() throws IOException {
    assertThat(firstExit).isZero();
    // the 21,000 calls of the six teams, $80.49456375, + the planted ops team's 27, $0.0182392
    assertThat(november).isEqualByComparingTo("80.512802950000");
    assertThat(sum("monthly_by_cost_center", "Charged")).isEqualByComparingTo(november);
    assertThat(sum("monthly_by_team", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_by_function", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_by_model", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_by_day", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_change", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_cover", "Spend")).isEqualByComparingTo(november);
  }

  @Test
  void costCentersChargeTheirTeams() throws IOException {
    // research 41.94581605 + platform 8.705954 = 50.65177005 (monthly_by_team.csv)
    assertThat(csv("monthly_by_cost_center")).anySatisfy(r -> {
      assertThat(r.get("Cost center")).isEqualTo("CC-100 Research and development");
      assertThat(r.get("Teams")).isEqualTo("platform, research");
      assertThat(new BigDecimal(r.get("Charged"))).isEqualByComparingTo("50.65177005");
    });
    assertThat(csv("monthly_by_cost_center")).anySatisfy(r -> {
      assertThat(r.get("Cost center")).isEqualTo("(no cost center)");
      assertThat(r.get("Teams")).isEqualTo("finance, growth, ops");
    });
  }

  @Test
  void everySheetTotalRowTiesOutToTheCent() throws IOException {
    BigDecimal cents = november.setScale(2, RoundingMode.HALF_EVEN); // 80.51
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
        work.resolve("reports/monthly/llmspend-2026-11.xlsx")))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Cover");
      // spend by day and by team, drawn
      assertThat(workbook.getSheet("Charts").getDrawingPatriarch().getCharts())
          .extracting(c -> c.getTitleText().getString())
          .containsExactly("Spend by day", "Spend by team");
      for (String[] sheetAndColumn : new String[][] {{"By cost center", "Charged"},
          {"By team", "Spend"}, {"By function", "Spend"}, {"By model", "Spend"},
          {"By day", "Spend"}, {"Month over month", "Spend"}}) {
        assertThat(total(workbook.getSheet(sheetAndColumn[0]), sheetAndColumn[1]))
            .as(sheetAndColumn[0]).isEqualByComparingTo(cents);
      }
    }
  }

  @Test
  void writingAClosedMonthAgainGivesTheSameNumbers() throws Exception {
    List<String> tables = List.of("monthly_by_cost_center", "monthly_by_team",
        "monthly_by_function", "monthly_by_model", "monthly_by_day", "monthly_change",
        "monthly_data_quality");
    List<String> before = tables.stream().map(this::read).toList();

    assertThat(monthly()).isZero();

    assertThat(tables.stream().map(this::read).toList()).isEqualTo(before);
  }

  @Test
  void budgetVsActualTiesOutToTheSpendSheets() throws IOException {
    // company-monthly: 400 - 80.51280295 = 319.48719705; research-monthly: 75 - 41.94581605
    // (research's spend in monthly_by_team.csv) = 33.05418395
    assertThat(csv("monthly_budget_vs_actual")).extracting(r -> r.get("Name") + " "
        + new BigDecimal(r.get("Actual")).stripTrailingZeros().toPlainString() + " "
        + new BigDecimal(r.get("Variance")).stripTrailingZeros().toPlainString())
        .containsExactly("company-monthly 80.51280295 319.48719705",
            "dev-keys-monthly 0.732884 4.267116", "o3-monthly 4.831698 20.168302",
            "research-monthly 41.94581605 33.05418395");
    assertThat(sumWhere("monthly_by_team", "Spend", "Team", "research"))
        .isEqualByComparingTo("41.94581605");
  }

  @Test
  void providerBillTiesOutToTheCallsAndTheExports() throws IOException {
    // ours = calls per provider (anthropic 7.7554528 + openai 26.1194618 = 33.8749146, both
    // billed every day 16..22); billed 9.5502945 + 26.28525255 = 35.83554705; difference
    // 1.79484170 + 0.16579075 = 1.96063245
    assertThat(sum("monthly_provider_bill", "Our cost")).isEqualByComparingTo("33.8749146");
    assertThat(sum("monthly_provider_bill", "Billed")).isEqualByComparingTo("35.83554705");
    assertThat(sum("monthly_provider_bill", "Difference")).isEqualByComparingTo("1.96063245");
    assertThat(sumWhere("monthly_provider_bill", "Variance", "Provider", "anthropic"))
        .isEqualByComparingTo("-0.187936"); // (7.7554528 - 9.5502945) / 9.5502945
  }

  @Test
  void savingsRealizedSincePlantedOctoberFindings() throws IOException {
    // October (planted): rank 1 at its November savings + 10 -> 10 realized; rank 3 as in
    // November -> 0; a finding gone in November at 5 -> 5. Total 15.
    assertThat(csv("monthly_savings_realized")).extracting(r -> r.get("Status") + " "
        + new BigDecimal(r.get("Realized per month")).stripTrailingZeros().toPlainString())
        .containsExactly("smaller 10", "gone 5", "not smaller 0");
    assertThat(sum("monthly_savings_realized", "Realized per month"))
        .isEqualByComparingTo("15");
    // the 37 findings of 2026-11-22, as the nightly run logged them
    assertThat(csv("monthly_savings_identified")).hasSize(37);
    assertThat(sum("monthly_savings_identified", "Savings per month"))
        .isEqualByComparingTo("246.111948857127");
  }

  @Test
  void featureSheetTotalsTieOutToTheCent() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
        work.resolve("reports/monthly/llmspend-2026-11.xlsx")))) {
      assertThat(total(workbook.getSheet("Provider bill"), "Billed"))
          .isEqualByComparingTo("35.84");
      assertThat(total(workbook.getSheet("Savings realized"), "Realized per month"))
          .isEqualByComparingTo("15.00");
      assertThat(total(workbook.getSheet("Savings identified"), "Savings per month"))
          .isEqualByComparingTo("246.11");
      assertThat(workbook.getSheet("Budget vs actual").getDrawingPatriarch().getCharts())
          .extracting(c -> c.getTitleText().getString()).containsExactly("Budget vs actual");
    }
  }

  /** Findings for 2026-10-31, copied from 2026-11-22's, so the month has a month before. */
  private void plantOctoberFindings() throws Exception {
    String copy = "insert into recommendations select date '2026-10-31', run_id, %s, rank, kind,"
        + " team, function, provider, model, calls, tokens, example_request_ids, prompt_hash,"
        + " excerpt, observed_days, days_in_month, savings_observed_usd, %s, formula,"
        + " confidence, fix, evidence from recommendations"
        + " where report_date = date '2026-11-22' and rank = %d";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db());
        Statement s = c.createStatement()) {
      s.execute(copy.formatted("id", "savings_per_month_usd + 10", 1));
      s.execute(copy.formatted("id", "savings_per_month_usd", 3));
      s.execute(copy.formatted("'gone-in-november'", "5", 2));
    }
  }

  private BigDecimal sumWhere(String table, String column, String keyColumn, String key)
      throws IOException {
    return csv(table).stream().filter(r -> key.equals(r.get(keyColumn)))
        .map(r -> new BigDecimal(r.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private int monthly() {
    return LlmSpendCommand.execute("monthly", "--month", "2026-11", "--db", db(),
        "--reports", work.resolve("reports").toString(), "--config", CONFIG.toString());
  }

  private String db() {
    return work.resolve("llmspend.duckdb").toString();
  }

  private String read(String table) {
    try {
      return Files.readString(csvs.resolve(table + ".csv"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<CSVRecord> csv(String table) throws IOException {
    try (Reader in = Files.newBufferedReader(csvs.resolve(table + ".csv"))) {
      return CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
    }
  }

  private BigDecimal sum(String table, String column) throws IOException {
    return csv(table).stream().map(r -> r.get(column)).filter(v -> !v.isEmpty())
        .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The value of {@code header}'s column in the sheet's Total row, rounded to the cent. */
  private static BigDecimal total(Sheet sheet, String header) {
    int column = -1;
    for (Row row : sheet) {
      for (int i = 0; i < row.getLastCellNum(); i++) {
        if (row.getCell(i) != null && header.equals(row.getCell(i).toString())) {
          column = i;
        }
      }
      if (row.getCell(0) != null && "Total".equals(row.getCell(0).toString())) {
        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue())
            .setScale(2, RoundingMode.HALF_EVEN);
      }
    }
    throw new AssertionError("no Total row on " + sheet.getSheetName());
  }
}

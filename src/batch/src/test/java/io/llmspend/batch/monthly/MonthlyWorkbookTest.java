package io.llmspend.batch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.report.RenderedWorkbook;
import java.awt.Color;
import java.awt.image.BufferedImage;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * of November's data), with the shipped sample configuration jobs/llmspend.yml (every team has a
 * cost center). Every sheet ties out to the cent with the calls table, and writing the month
 * again gives the same numbers. The workbook and
 * the nightly one of the same run are printed by LibreOffice: every chart shows its data, and
 * every sheet prints legibly, one page wide.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyWorkbookTest {
  private Path config;
  private Path work;
  private Path csvs;
  private BigDecimal november;
  private int firstExit;
  private RenderedWorkbook monthlyPdf;
  private RenderedWorkbook nightlyPdf;
  /** The first series' fill ({@code ChartChrome}); tolerance 24 per channel. */
  private static final Color STEEL_BLUE = new Color(0x46, 0x82, 0xB4);
  private static final Color DARK_ORANGE = new Color(0xFF, 0x8C, 0x00);
  private static final int MIN_BAR_PIXELS = 2_000;

  @BeforeAll
  void nightlyThenMonthly(@TempDir Path work) throws Exception {
    this.work = work;
    this.config = sampleConfiguration(work);
    LlmSpendCommand.execute("nightly", "--logs", "../../sample-data/request-logs", "--db", db(),
        "--reports", work.resolve("reports").toString(), "--date", "2026-11-22",
        "--config", config.toString(), "--exports", "../../sample-data/provider-exports");
    plantOctoberFindings();
    firstExit = monthly();
    csvs = work.resolve("reports/monthly/2026-11");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select sum(cost_usd) from calls "
            + "where day between date '2026-11-01' and date '2026-11-30'")) {
      rs.next();
      november = rs.getBigDecimal(1); // $82.50 (README of sample-data: the week's spend)
    }
  }

  @Test
  void everyTableTiesOutToTheCallsTable() throws IOException {
    assertThat(firstExit).isZero();
    // the 21,000 calls of the six teams, $82.480252525, + the planted ops team's 27, $0.0182392
    assertThat(november).isEqualByComparingTo("82.498491725000");
    assertThat(sum("monthly_by_cost_center", "Charged")).isEqualByComparingTo(november);
    assertThat(sum("monthly_by_team", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_by_function", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_by_model", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_by_day", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_change", "Spend")).isEqualByComparingTo(november);
    assertThat(sum("monthly_cover", "Spend")).isEqualByComparingTo(november);
  }

  @Test
  void theSampleConfigurationChargesEveryTeamToACostCenter() throws IOException {
    // jobs/llmspend.yml maps the sample's seven teams (spend from monthly_by_team.csv):
    // research 38.61646255 + platform 7.048414 = 45.66487655; support 23.106802; legal 7.4147277
    // + finance 0.130986675 = 7.545714375; growth 6.1628596; ops 0.0182392. No untagged spend,
    // so nothing is allocated; the five sum to the month's 82.498491725
    assertThat(csv("monthly_by_cost_center")).extracting(r -> r.get("Cost center") + ": "
        + r.get("Teams") + " " + new BigDecimal(r.get("Charged")).stripTrailingZeros()
        .toPlainString()).containsExactly(
        "CC-100 Research and development: platform, research 45.66487655",
        "CC-200 Customer service: support 23.106802",
        "CC-300 General and administrative: finance, legal 7.545714375",
        "CC-400 Sales and marketing: growth 6.1628596",
        "CC-500 Operations: ops 0.0182392");
    assertThat(csv("monthly_by_team")).noneMatch(r -> r.get("Cost center").startsWith("("));
  }

  @Test
  void everySheetTotalRowTiesOutToTheCent() throws IOException {
    BigDecimal cents = november.setScale(2, RoundingMode.HALF_EVEN); // 82.50
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
        work.resolve("reports/monthly/llmspend-2026-11.xlsx")))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Cover");
      // the savings identified of 2026-11-22, each call counted once: $79.717982142855 per
      // month, x 7 / 30 = 18.6008625 observed of $82.4984917 spent = 22.5%
      var cover = new java.util.HashMap<String, Double>();
      workbook.getSheetAt(0).forEach(row -> {
        if (row.getCell(1) != null && row.getCell(1).getCellType()
            == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
          cover.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
        }
      });
      assertThat(cover.get("Savings identified, per month")).isCloseTo(79.7180,
          org.assertj.core.data.Offset.offset(0.0001));
      assertThat(cover.get("Share of spend")).isCloseTo(0.225, org.assertj.core.data.Offset
          .offset(0.0005));
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
    // company-monthly: 400 - 82.498491725 = 317.501508275; research-monthly: 75 - 38.61646255
    // (research's spend in monthly_by_team.csv) = 36.38353745
    assertThat(csv("monthly_budget_vs_actual")).extracting(r -> r.get("Name") + " "
        + new BigDecimal(r.get("Actual")).stripTrailingZeros().toPlainString() + " "
        + new BigDecimal(r.get("Variance")).stripTrailingZeros().toPlainString())
        .containsExactly("company-monthly 82.498491725 317.501508275",
            "dev-keys-monthly 0.681744 4.318256", "o3-monthly 5.35262 19.64738",
            "research-monthly 38.61646255 36.38353745");
    assertThat(sumWhere("monthly_by_team", "Spend", "Team", "research"))
        .isEqualByComparingTo("38.61646255");
  }

  @Test
  void providerBillTiesOutToTheCallsAndTheExports() throws IOException {
    // ours = calls per provider (anthropic 8.2070947 + openai 24.751188675 = 32.958283375, both
    // billed every day 16..22); billed 10.00228185 + 24.907041575 = 34.909323425; difference
    // 1.79518715 + 0.1558529 = 1.95104005 (= 34.909323425 - 32.958283375)
    assertThat(sum("monthly_provider_bill", "Our cost on billed days"))
        .isEqualByComparingTo("32.958283375");
    assertThat(sum("monthly_provider_bill", "Billed")).isEqualByComparingTo("34.909323425");
    assertThat(sum("monthly_provider_bill", "Difference")).isEqualByComparingTo("1.95104005");
    assertThat(sumWhere("monthly_provider_bill", "Variance", "Provider", "anthropic"))
        .isEqualByComparingTo("0.179478"); // (10.00228185 - 8.2070947) / 10.00228185
    // every provider with spend is listed: the bill's spend column is the month's, 82.50
    assertThat(sum("monthly_provider_bill", "Our spend in the month"))
        .isEqualByComparingTo(november);
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
    // the 14 recommendations of 2026-11-22 (20 more findings with too little evidence)
    assertThat(csv("monthly_savings_identified")).hasSize(14);
    // each call counted once (docs/detect.md); the findings' stand-alone savings overlap and
    // add up to more
    assertThat(sum("monthly_savings_identified", "Savings per month"))
        .isEqualByComparingTo("79.717982142855");
    assertThat(sum("monthly_savings_identified", "Stand-alone savings per month"))
        .isEqualByComparingTo("90.417929571426");
  }

  @Test
  void everyChartShowsItsDataInLibreOffice() {
    // a 7-bar series at 60 dpi paints ~15,000 pixels of its colour; an empty frame paints 0
    for (String title : List.of("Spend by day", "Spend by team",
        "Monthly budgets: budget and actual")) {
      BufferedImage page = monthlyPdf().pageImage(monthlyPdf().pageWithText(title));
      assertThat(RenderedWorkbook.pixelsNear(page, STEEL_BLUE, 24)).as(title)
          .isGreaterThan(MIN_BAR_PIXELS);
    }
    RenderedWorkbook nightly = nightlyPdf();
    BufferedImage budgets = nightly.pageImage(
        nightly.pageWithText("Spend against budget, largest budgets"));
    // spent (blue) and forecast (orange), short bars next to a $400 limit: ~600 and ~700 pixels
    assertThat(RenderedWorkbook.pixelsNear(budgets, STEEL_BLUE, 24)).isGreaterThan(300);
    assertThat(RenderedWorkbook.pixelsNear(budgets, DARK_ORANGE, 24)).isGreaterThan(300);
  }

  @Test
  void noPageBreakCutsAChart() {
    for (RenderedWorkbook pdf : List.of(monthlyPdf(), nightlyPdf())) {
      for (int page = 1; page <= pdf.pageCount(); page++) {
        if (RenderedWorkbook.pixelsNear(pdf.pageImage(page), STEEL_BLUE, 24) > 0) {
          assertThat(pdf.pageText(page)).as("page %d with bars", page)
              .containsAnyOf("Spend by day", "Spend by team", "Monthly budgets: budget and actual",
                  "Spend against budget, largest budgets");
        }
      }
    }
  }

  @Test
  void everySheetPrintsLegiblyOnePageWide() throws IOException {
    for (Path xlsx : List.of(work.resolve("reports/monthly/llmspend-2026-11.xlsx"),
        work.resolve("reports/2026-11-22/llmspend-2026-11-22.xlsx"))) {
      RenderedWorkbook pdf = xlsx.toString().contains("monthly") ? monthlyPdf() : nightlyPdf();
      Map<String, String> firstHeaders = new LinkedHashMap<>();
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
        for (Sheet sheet : workbook) {
          // landscape at 64 % or more: 11 pt text prints at 7 pt or larger
          assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
          assertThat(sheet.getPrintSetup().getScale()).as(sheet.getSheetName())
              .isGreaterThanOrEqualTo((short) 64);
          assertThat(workbook.getPrintArea(workbook.getSheetIndex(sheet)))
              .as(sheet.getSheetName()).isNotNull();
          if (sheet.getRepeatingRows() != null) {
            firstHeaders.put(sheet.getSheetName(), sheet.getRow(
                sheet.getRepeatingRows().getLastRow()).getCell(0).getStringCellValue());
          }
        }
      }
      for (int page = 1; page <= pdf.pageCount(); page++) {
        String sheet = pdf.sheetOf(page);
        // 64 % of 11 pt (13.4 pt measured at 100 %) measures 8.6 pt; a little less in practice
        assertThat(pdf.medianWordHeight(page)).as("page %d (%s)", page, sheet)
            .isGreaterThanOrEqualTo(8.3);
        if (firstHeaders.containsKey(sheet)) {
          // a page of columns that did not fit the width would lack the first column
          assertThat(pdf.pageText(page)).as("page %d (%s)", page, sheet)
              .contains(firstHeaders.get(sheet));
        }
      }
      assertThat(firstHeaders.keySet()).allSatisfy(sheet -> assertThat(
          java.util.stream.IntStream.rangeClosed(1, pdf.pageCount()).mapToObj(pdf::sheetOf))
          .contains(sheet));
    }
  }

  @Test
  void aNumberNeverTouchesTheTextOrDateAfterIt() {
    RenderedWorkbook nightly = nightlyPdf();
    int budgets = firstPageOf(nightly, "Budgets");
    // first row: Percent used 128.7% (right-aligned), then Status; research-monthly: Forecast
    // $83.85, then Projected breach date. A space inside a cell measures about 2 pt here
    assertThat(nightly.gapBefore(budgets, "exceeded")).isGreaterThanOrEqualTo(3.0);
    assertThat(nightly.gapBefore(budgets, "2026-11-29")).isGreaterThanOrEqualTo(3.0);
    // the Day column, then Provider
    assertThat(nightly.gapBefore(firstPageOf(nightly, "Reconciliation"), "anthropic"))
        .isGreaterThanOrEqualTo(3.0);
  }

  private static int firstPageOf(RenderedWorkbook pdf, String sheet) {
    return java.util.stream.IntStream.rangeClosed(1, pdf.pageCount())
        .filter(page -> pdf.sheetOf(page).equals(sheet)).findFirst().orElseThrow();
  }

  @Test
  void featureSheetTotalsTieOutToTheCent() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
        work.resolve("reports/monthly/llmspend-2026-11.xlsx")))) {
      assertThat(total(workbook.getSheet("Provider bill"), "Billed"))
          .isEqualByComparingTo("34.91");
      assertThat(total(workbook.getSheet("Savings realized"), "Realized per month"))
          .isEqualByComparingTo("15.00");
      assertThat(total(workbook.getSheet("Savings identified"), "Savings per month"))
          .isEqualByComparingTo("79.72");
      assertThat(workbook.getSheet("Budget vs actual chart").getDrawingPatriarch().getCharts())
          .extracting(c -> c.getTitleText().getString())
          .containsExactly("Monthly budgets: budget and actual");
    }
  }

  private RenderedWorkbook monthlyPdf() {
    if (monthlyPdf == null) {
      RenderedWorkbook.requireTools();
      monthlyPdf = RenderedWorkbook.render(work.resolve("reports/monthly/llmspend-2026-11.xlsx"),
          work.resolve("render-monthly"));
    }
    return monthlyPdf;
  }

  private RenderedWorkbook nightlyPdf() {
    if (nightlyPdf == null) {
      RenderedWorkbook.requireTools();
      nightlyPdf = RenderedWorkbook.render(
          work.resolve("reports/2026-11-22/llmspend-2026-11-22.xlsx"),
          work.resolve("render-nightly"));
    }
    return nightlyPdf;
  }

  /**
   * jobs/llmspend.yml as a run from the project's folder reads it (its jobs/ paths seen from
   * src/batch, where tests run), with a job repository of the test's own.
   */
  static Path sampleConfiguration(Path dir) throws IOException {
    String shipped = Files.readString(Path.of("../../jobs/llmspend.yml"));
    Path copy = dir.resolve("llmspend.yml");
    Files.writeString(copy, "spring:\n  datasource:\n    url: jdbc:h2:mem:llmspend-${random.uuid}\n"
        + shipped.replace(" jobs/", " ../../jobs/"));
    return copy;
  }

  /** Findings for 2026-10-31, copied from 2026-11-22's, so the month has a month before. */
  private void plantOctoberFindings() throws Exception {
    String copy = "insert into recommendations select date '2026-10-31', run_id, %s, rank, kind,"
        + " team, function, provider, model, calls, tokens, example_request_ids, prompt_hash,"
        + " excerpt, observed_days, days_in_month, savings_observed_usd, %s, formula,"
        + " confidence, fix, evidence, counted_observed_usd, counted_per_month_usd, recommended"
        + " from recommendations"
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
        "--reports", work.resolve("reports").toString(), "--config", config.toString());
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

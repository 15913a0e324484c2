package io.llmspend.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.cli.LlmSpendCommand;
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
    LlmSpendCommand.execute("nightly", "--logs", "sample-data/request-logs", "--db", db(),
        "--reports", work.resolve("reports").toString(), "--date", "2026-11-22",
        "--config", CONFIG.toString());
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

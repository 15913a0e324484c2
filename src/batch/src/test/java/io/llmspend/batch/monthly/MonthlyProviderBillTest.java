package io.llmspend.batch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Provider bill of the monthly workbook: every provider with calls in the month, "no bill
 * loaded" for those without a cost export, and for the others the nightly reconciliation's
 * breakdown of the difference summed over the month (the monthly job runs the same reconcile
 * step over the whole month). Difference and Variance have one sign: billed - ours.
 *
 * <p>Fixture: the seven calls and exports of fixtures/reconcile (see ReconciliationFixtureTest
 * for the planted differences) and fixtures/monthly-bill's one Google call. Book rates
 * (prices/price-book.csv, USD per 1M tokens): gpt-4o-mini 0.15 in / 0.60 out; claude-haiku-4-5
 * 1.00 / 5.00; claude-sonnet-4-5 3.00 / 15.00; gemini-2.5-flash 0.30 / 2.50.
 */
class MonthlyProviderBillTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final String CONFIG = "src/test/resources/fixtures/monthly/llmspend-test.yml";

  @Test
  void everyProviderWithItsBillAndTheNightlyBreakdown(@TempDir Path work) throws Exception {
    String db = work.resolve("s.duckdb").toString();
    String reports = work.resolve("reports").toString();
    String config = FIXTURES.resolve("reconcile/llmspend-test.yml").toString();
    assertThat(LlmSpendCommand.execute("nightly", "--logs",
        FIXTURES.resolve("reconcile/logs").toString(), "--logs",
        FIXTURES.resolve("monthly-bill/logs").toString(), "--exports",
        FIXTURES.resolve("reconcile/exports").toString(), "--db", db, "--reports", reports,
        "--date", "2026-11-03", "--config", config)).isZero();
    assertThat(LlmSpendCommand.execute("monthly", "--month", "2026-11", "--db", db,
        "--reports", reports, "--config", config)).isZero();

    // openai: r01 1,000 x 0.15 + 200 x 0.60 = 0.00027, r02 2,000 x 0.15 + 100 x 0.60 = 0.00036,
    //   r06 0.00027 (per 1M): ours 0.0009; billed = ours + never logged 2 x 40 x 0.00036
    //   (0.0288) + the failed r02 billed once more (0.00036) = 0.03006; difference 0.02916;
    //   variance 0.02916 / 0.03006 = 0.970060 (6 places)
    // anthropic: r03, r05 1,000 x 1.00 + 400 x 5.00 = 0.003 each, r04 18 x 3.00 + 500 x 15.00
    //   = 0.007554, r07 15 x 3.00 = 0.000045: ours 0.013599; billed = ours + price drift of r05
    //   at 110 % (0.0003) + 2 x 25 web searches x 0.01 outside tokens (0.50) = 0.513899;
    //   difference 0.5003; variance 0.5003 / 0.513899 = 0.973538
    // google: g01 1,000 x 0.30 + 200 x 2.50 = 0.0008, no cost export
    assertThat(csv(work)).extracting(MonthlyProviderBillTest::line).containsExactly(
        "anthropic | 11-02 to 11-03 | 0.013599 | 0.013599 | 0.513899 | 0.5003 |"
            + " 0 0 0 0.0003 0.5 0 | 0.973538",
        "openai | 11-02 to 11-03 | 0.0009 | 0.0009 | 0.03006 | 0.02916 |"
            + " 0.0288 0.00036 0 0 0 0 | 0.97006",
        "google | no bill loaded | 0.0008 |  |  |  |       | ");
  }

  @Test
  void novemberAfterTheFirstNightOfDecember(@TempDir Path work) throws Exception {
    for (String date : new String[] {"2026-11-22", "2026-12-01"}) {
      LlmSpendCommand.execute("nightly", "--logs", "../../sample-data/request-logs", "--exports",
          "../../sample-data/provider-exports", "--db", work.resolve("s.duckdb").toString(),
          "--reports", work.resolve("reports").toString(), "--date", date, "--config", CONFIG);
    }
    assertThat(LlmSpendCommand.execute("monthly", "--month", "2026-11", "--db",
        work.resolve("s.duckdb").toString(), "--reports", work.resolve("reports").toString(),
        "--config", CONFIG)).isZero();

    // the nightly run of 2026-11-22 reconciled November: anthropic ours 8.2070947, billed
    // 10.00228185, difference 1.79518715 = price drift 0.04518715 + outside tokens 1.75; openai
    // ours 24.751188675, billed 24.907041575, difference 0.1558529 = never logged 0.1008 + failed
    // calls 0.0550529. The workbook written after December's first night shows the same
    assertThat(csv(work)).extracting(MonthlyProviderBillTest::line).containsExactly(
        "anthropic | 11-16 to 11-22 | 8.2070947 | 8.2070947 | 10.00228185 | 1.79518715 |"
            + " 0 0 0 0.04518715 1.75 0 | 0.179478",
        "openai | 11-16 to 11-22 | 24.751188675 | 24.751188675 | 24.907041575 | 0.1558529 |"
            + " 0.1008 0.0550529 0 0 0 0 | 0.006257",
        // no exports: their spend is listed, not compared (22.314435 + 27.22577335; mistral's
        // 21 calls are unpriced); with the two above, 82.498491725, the month's spend
        "azure_openai | no bill loaded | 22.314435 |  |  |  |       | ",
        "google | no bill loaded | 27.22577335 |  |  |  |       | ",
        "mistral | no bill loaded |  |  |  |  |       | ");
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
        work.resolve("reports/monthly/llmspend-2026-11.xlsx")))) {
      Sheet sheet = workbook.getSheet("Provider bill");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Difference ="
          + " Billed - Our cost on billed days, by cause; Variance = Difference / Billed");
      Row total = sheet.getRow(sheet.getLastRowNum());
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
      // Our spend in the month 82.498491725, Billed 34.909323425, Difference 1.95104005
      assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(82.498491725, within());
      assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(34.909323425, within());
      assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1.95104005, within());
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static List<CSVRecord> csv(Path work) throws IOException {
    try (Reader in = Files.newBufferedReader(
        work.resolve("reports/monthly/2026-11/monthly_provider_bill.csv"))) {
      return CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
    }
  }

  /** provider | billed days | spend | ours | billed | difference | 6 causes | variance */
  private static String line(CSVRecord r) {
    return String.join(" | ", r.get("Provider"), r.get("Billed days"),
        plain(r.get("Our spend in the month")), plain(r.get("Our cost on billed days")),
        plain(r.get("Billed")), plain(r.get("Difference")),
        String.join(" ", plain(r.get("Logs never saw")), plain(r.get("Failed calls billed")),
            plain(r.get("Token drift")), plain(r.get("Price drift")),
            plain(r.get("Outside tokens")), plain(r.get("Unexplained"))),
        plain(r.get("Variance")));
  }

  private static String plain(String value) {
    return value.isEmpty() ? "" : new BigDecimal(value).stripTrailingZeros().toPlainString();
  }
}

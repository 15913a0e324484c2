package io.llmspend.batch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.report.ShownCells;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider whose every call is unpriced (a model not in the price book) showed an empty "Our
 * spend in the month" on the Provider bill, which reads as nothing spent. It says "N
 * unpriced"; a provider with some unpriced calls shows its priced spend "+ N unpriced" (a number
 * still), and a line above the Total counts them all (unpriced is never $0).
 *
 * <p>Fixture: fixtures/monthly-unpriced (see its README). Book rate of gpt-4o-mini
 * (prices/price-book.csv, USD per 1M tokens): 0.15 in / 0.60 out.
 */
class MonthlyUnpricedProviderTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @Test
  void aProviderWithOnlyUnpricedCallsSaysSo(@TempDir Path work) throws Exception {
    String db = work.resolve("s.duckdb").toString();
    String reports = work.resolve("reports").toString();
    String config = FIXTURES.resolve("reconcile/llmspend-test.yml").toString();
    assertThat(LlmSpendCommand.execute("nightly", "--logs",
        FIXTURES.resolve("monthly-unpriced/logs").toString(), "--db", db, "--reports", reports,
        "--date", "2026-11-02", "--config", config)).isZero();
    assertThat(LlmSpendCommand.execute("monthly", "--month", "2026-11", "--db", db,
        "--reports", reports, "--config", config)).isZero();

    // openai: u01 1,000 x 0.15 + 200 x 0.60 per 1M = 0.00015 + 0.00012 = 0.00027; u02 unpriced
    // mistral: u03, u04 unpriced, no priced call: no spend figure, 2 unpriced calls
    // total: 0.00027 of priced spend, 1 + 2 = 3 unpriced calls
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
        work.resolve("reports/monthly/llmspend-2026-11.xlsx")))) {
      assertThat(ShownCells.rows(workbook.getSheet("Provider bill"), 3)).containsExactly(
          "Provider | Billed days | Our spend in the month",
          "mistral | no bill loaded | 2 unpriced",
          "openai | no bill loaded | $0.00 + 1 unpriced (0.00027)",
          "Our spend in the month leaves out 3 unpriced calls (no price in the price book): never"
              + " counted as $0 |  | ",
          "Total |  | $0.00 (0.00027)");
    }
    // the CSV keeps the spend a number: empty when unpriced, with the unpriced calls beside it
    try (Reader in = Files.newBufferedReader(
        work.resolve("reports/monthly/2026-11/monthly_provider_bill.csv"))) {
      List<String> lines = new ArrayList<>();
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
        lines.add(String.join(" | ", r.get("Provider"), r.get("Calls"), r.get("Unpriced calls"),
            r.get("Our spend in the month")));
      }
      assertThat(lines).containsExactly("mistral | 2 | 2 | ",
          "openai | 2 | 1 | 0.000270000000");
    }
  }
}

package io.llmspend.batch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code monthly --reprice} on {@code fixtures/monthly-reprice}: two November calls and one in
 * December, loaded with the shipped price book; then a corrected book
 * ({@code corrected-price-book.csv}: gpt-4o $3.00/$12.00 per 1M tokens instead of $2.50/$10.00,
 * mistral-large-2411 added at $2.00/$6.00). Only --reprice changes November; December never.
 */
class MonthlyRepriceTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/monthly-reprice");

  @Test
  void repricesOnlyWhenAskedAndRecordsIt(@TempDir Path work) throws Exception {
    assertThat(LlmSpendCommand.execute("nightly", "--logs", FIXTURE.resolve("logs").toString(),
        "--db", db(work), "--reports", work.resolve("reports").toString(), "--date",
        "2026-12-01", "--config", FIXTURE.resolve("llmspend-test.yml").toString())).isZero();

    // shipped book: r01 gpt-4o 1M x 2.50 + 0.1M x 10.00 = 3.50; r02 mistral unpriced (not $0)
    assertThat(monthly(work)).isZero();
    assertCover(work, "3.50", "1");

    // corrected book, repriced: r01 1M x 3.00 + 0.1M x 12.00 = 4.20; r02 0.5M x 2.00
    // + 0.05M x 6.00 = 1.30; 4.20 + 1.30 = 5.50, no unpriced call left
    assertThat(monthly(work, "--reprice")).isZero();
    assertCover(work, "5.50", "0");

    // written again without --reprice: unchanged
    assertThat(monthly(work)).isZero();
    assertCover(work, "5.50", "0");

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db(work));
        Statement s = c.createStatement()) {
      // one close per workbook; only the re-priced one says what the month was before
      assertThat(column(s, "select coalesce(cast(repriced_from_usd as varchar), 'not repriced')"
          + " || ' -> ' || cast(spend_usd as varchar) from monthly_closes order by written_at"))
          .isEqualTo("not repriced -> 3.500000000000, 3.500000000000 -> 5.500000000000,"
              + " not repriced -> 5.500000000000");
      // December (r03: 1M x 2.50) keeps the price it was loaded with
      assertThat(column(s, "select cast(cost_usd as varchar) from calls where request_id = 'r03'"))
          .isEqualTo("2.500000000000");
    }
  }

  private static int monthly(Path work, String... extra) {
    String[] base = {"monthly", "--month", "2026-11", "--db", db(work), "--reports",
        work.resolve("reports").toString(), "--config",
        FIXTURE.resolve("llmspend-corrected.yml").toString()};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return LlmSpendCommand.execute(args);
  }

  private static void assertCover(Path work, String spend, String unpriced) throws IOException {
    try (Reader in = Files.newBufferedReader(
        work.resolve("reports/monthly/2026-11/monthly_cover.csv"))) {
      CSVRecord cover = CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords()
          .get(0);
      assertThat(new BigDecimal(cover.get("Spend"))).isEqualByComparingTo(spend);
      assertThat(cover.get("Unpriced calls")).isEqualTo(unpriced);
    }
  }

  private static String column(Statement s, String sql) throws Exception {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.append(out.isEmpty() ? "" : ", ").append(rs.getString(1));
      }
    }
    return out.toString();
  }

  private static String db(Path work) {
    return work.resolve("llmspend.duckdb").toString();
  }
}

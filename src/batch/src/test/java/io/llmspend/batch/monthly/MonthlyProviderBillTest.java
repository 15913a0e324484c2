package io.llmspend.batch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Provider bill of a month written after the next month's first night, when the nightly
 * {@code reconciliation} table already holds December: the sheet still reconciles November from
 * calls and provider_costs, and leaves Unexplained empty rather than wrong.
 */
class MonthlyProviderBillTest {
  private static final String CONFIG = "src/test/resources/fixtures/monthly/llmspend-test.yml";

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

    try (Reader in = Files.newBufferedReader(
        work.resolve("reports/monthly/2026-11/monthly_provider_bill.csv"))) {
      List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(in)
          .getRecords();
      // as MonthlyWorkbookTest: anthropic ours 7.7554528, billed 9.5502945; openai ours
      // 26.1194618, billed 26.28525255
      assertThat(rows).extracting(r -> r.get("Provider") + " " + r.get("Our cost") + " "
          + r.get("Billed") + " [" + r.get("Unexplained") + "]").containsExactly(
          "anthropic 7.755452800000 9.550294500000 []",
          "openai 26.119461800000 26.285252550000 []");
    }
  }
}

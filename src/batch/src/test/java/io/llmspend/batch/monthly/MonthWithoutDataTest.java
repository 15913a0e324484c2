package io.llmspend.batch.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Months with and without data. Fixture: the November calls of fixtures/reconcile and the one
 * October call of fixtures/month-over-month (README there), no September call. A month before
 * without calls says "no data" on Month over month, never $0.00; a fall prints as -$4.63 (a
 * number with the money format, not text); a month without calls is refused with exit code 8,
 * one line, and nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthWithoutDataTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private Path work;

  @BeforeAll
  void nightly(@TempDir Path work) {
    this.work = work;
    assertThat(LlmSpendCommand.execute("nightly", "--logs",
        FIXTURES.resolve("reconcile/logs").toString(), "--logs",
        FIXTURES.resolve("month-over-month/logs").toString(), "--exports",
        FIXTURES.resolve("reconcile/exports").toString(), "--db", db(), "--reports",
        reports().toString(), "--date", "2026-11-03", "--config", config())).isZero();
  }

  @Test
  void aMonthBeforeWithoutCallsSaysNoData() throws IOException {
    assertThat(monthly("2026-10")).isZero();

    // October: finance 4.631 (1,000,000 x 2.00 + 328,875 x 8.00 per 1M); September has no call
    assertThat(sheetRows("2026-10", "Month over month")).containsExactly(
        "Team | Spend | Previous month | Change | Change %",
        "finance | $4.63 | no data | no data | ",
        "Total | $4.63 | no data | no data | ");
    // the CSV leaves them empty, as every NULL
    assertThat(Files.readAllLines(reports().resolve("monthly/2026-10/monthly_change.csv")))
        .containsExactly("Team,Spend,Previous month,Change,Change %",
            "finance,4.631000000000,,,");
  }

  @Test
  void aFallPrintsAsNegativeMoney() throws IOException {
    assertThat(monthly("2026-11")).isZero();

    // November: legal r04 0.007554 + r07 0.000045 = 0.007599; support r03 + r05 = 0.006;
    // finance r01 0.00027 + r02 0.00036 + r06 0.00027 = 0.0009, October 4.631: change
    // 0.0009 - 4.631 = -4.6301, -$4.63; change % -4.6301 / 4.631 = -99.98 %. Teams without
    // October spend in a month with October calls: $0.00 and no change %. Total change
    // 0.014499 - 4.631 = -4.616501
    assertThat(sheetRows("2026-11", "Month over month")).containsExactly(
        "Team | Spend | Previous month | Change | Change %",
        "legal | $0.01 | $0.00 | $0.01 | ",
        "support | $0.01 | $0.00 | $0.01 | ",
        "finance | $0.00 | $4.63 | -$4.63 | -100.0%",
        "Total | $0.01 | $4.63 | -$4.62 | ");
    try (XSSFWorkbook workbook = workbook("2026-11")) {
      Cell change = workbook.getSheet("Month over month").getRow(3).getCell(3);
      assertThat(change.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(change.getNumericCellValue()).isEqualTo(-4.6301, within());
    }
  }

  @Test
  void aMonthWithoutCallsIsRefusedAndWritesNothing() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = monthly("2026-09");
    } finally {
      System.setErr(original);
    }

    assertThat(code).isEqualTo(ExitCodes.NO_DATA).isEqualTo(8);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("llmspend: no calls in 2026-09"
        + " (the store has calls from 2026-10-20 to 2026-11-03): nothing was written. Run"
        + " nightly on that month's logs first, or give another --month." + System.lineSeparator());
    assertThat(reports().resolve("monthly/llmspend-2026-09.xlsx")).doesNotExist();
    assertThat(reports().resolve("monthly/2026-09")).doesNotExist();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  /** Each row of a sheet as its cells display, " | " between them. */
  private List<String> sheetRows(String month, String sheetName) throws IOException {
    DataFormatter shown = new DataFormatter(java.util.Locale.US);
    List<String> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = workbook(month)) {
      Sheet sheet = workbook.getSheet(sheetName);
      for (Row row : sheet) {
        int columns = sheet.getRow(0).getLastCellNum();
        rows.add(String.join(" | ", Stream.iterate(0, i -> i < columns, i -> i + 1)
            .map(i -> row.getCell(i) == null ? "" : shown.formatCellValue(row.getCell(i)))
            .toList()));
      }
    }
    return rows;
  }

  private XSSFWorkbook workbook(String month) throws IOException {
    return new XSSFWorkbook(Files.newInputStream(
        reports().resolve("monthly/llmspend-" + month + ".xlsx")));
  }

  private int monthly(String month) {
    return LlmSpendCommand.execute("monthly", "--month", month, "--db", db(), "--reports",
        reports().toString(), "--config", config());
  }

  private String config() {
    return FIXTURES.resolve("reconcile/llmspend-test.yml").toString();
  }

  private String db() {
    return work.resolve("llmspend.duckdb").toString();
  }

  private Path reports() {
    return work.resolve("reports");
  }
}

package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams 200,000 generated rows through both writers; counts only, no timing. */
class LargeTableTest {

  private static final int ROWS = 200_000;
  private static final String SQL = "select 'team-' || (range % 7) as team,"
      + " (range * 0.000001)::decimal(38,12) as cost, range as calls from range(" + ROWS + ")"
      + " order by range";
  private static final ReportTable TABLE = new ReportTable("calls", "Calls", List.of(
      new ReportColumn("Team", "team", ColumnKind.TEXT),
      new ReportColumn("Cost (USD)", "cost", ColumnKind.USD_PRECISE),
      new ReportColumn("Calls", "calls", ColumnKind.INTEGER)));

  @TempDir Path dir;

  @Test
  void writesEveryRowToCsvAndWorkbook() throws Exception {
    Path xlsx = dir.resolve("large.xlsx");
    try (InMemoryDuckDb db = new InMemoryDuckDb();
        WorkbookWriter workbook = new WorkbookWriter(xlsx)) {
      assertThat(new CsvTableWriter().write(dir, TABLE, db.query(SQL))).isEqualTo(ROWS);
      assertThat(workbook.addTable(TABLE, db.query(SQL))).isEqualTo(ROWS);
      workbook.save();
    }
    try (BufferedReader csv = Files.newBufferedReader(dir.resolve("calls.csv"))) {
      List<String> lines = csv.lines().toList();
      assertThat(lines).hasSize(ROWS + 1);
      assertThat(lines.get(ROWS)).isEqualTo("team-2,0.199999000000,199999");
    }
    try (XSSFWorkbook read = new XSSFWorkbook(xlsx.toFile())) {
      XSSFSheet sheet = read.getSheet("Calls");
      assertThat(sheet.getLastRowNum()).isEqualTo(ROWS);
      assertThat(sheet.getRow(ROWS).getCell(2).getNumericCellValue()).isEqualTo(199999.0);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C200001");
    }
  }
}

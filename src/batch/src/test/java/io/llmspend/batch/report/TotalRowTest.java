package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotalRowTest {
  @TempDir Path dir;

  private static final ReportTable TABLE = new ReportTable("t", "T", List.of(
      new ReportColumn("Team", "team", ColumnKind.TEXT),
      new ReportColumn("Spend", "spend", ColumnKind.USD),
      new ReportColumn("Calls", "calls", ColumnKind.INTEGER),
      new ReportColumn("Share", "share", ColumnKind.PERCENT))).withTotalRow();

  @Test
  void sumsUsdAndIntegerColumnsExactlyBelowTheFilteredRange() throws Exception {
    Path file = dir.resolve("t.xlsx");
    try (InMemoryDuckDb db = new InMemoryDuckDb();
        WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addTable(TABLE, db.query("""
          select * from (values ('a', 0.10::decimal(24,12), 3::bigint, 0.25::decimal(9,4)),
                                ('b', 0.20::decimal(24,12), 4::bigint, 0.75::decimal(9,4)),
                                ('c', null::decimal(24,12), 5::bigint, null::decimal(9,4)))
          as v(team, spend, calls, share)"""));
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("T");
      // rows: header 0, data 1..3, total 4; the autofilter stops at the last data row
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D4");
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Total");
      // 0.10 + 0.20 (+ NULL, which has no value) = 0.30, exactly as a decimal sum
      assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(0.3);
      assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(12.0); // 3 + 4 + 5
      assertThat(sheet.getRow(4).getCell(3)).isNull(); // shares are not summed
    }
  }

  /**
   * The first month's Savings realized showed its header over a bare Total row (nothing summed),
   * which reads as a fault; a table with a note for no rows says why there are none, above it.
   */
  @Test
  void anEmptyTableSaysWhyAboveItsTotal() throws Exception {
    Path file = dir.resolve("empty.xlsx");
    try (InMemoryDuckDb db = new InMemoryDuckDb();
        WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addTable(TABLE.whenEmpty("Nothing to follow up"), db.query("""
          select * from (values ('a', 0.10::decimal(24,12), 3::bigint, 0.25::decimal(9,4)))
          as v(team, spend, calls, share) where false"""));
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("T");
      assertThat(ShownCells.rows(sheet, 3)).containsExactly(
          "Nothing to follow up |  | ", "Total |  | ");
    }
  }
}

package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

  @TempDir Path dir;
  private InMemoryDuckDb db;
  private Path file;

  @BeforeEach
  void open() throws Exception {
    db = new InMemoryDuckDb();
    file = dir.resolve("report.xlsx");
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  @Test
  void writesTypedCellsWithFormatsFrozenHeaderAndAutofilter() throws Exception {
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      assertThat(workbook.addTable(ReportFixtures.MIXED, db.query(ReportFixtures.MIXED_SQL)))
          .isEqualTo(12);
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("By team");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Spend by team");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Cost (USD)");
      assertThat(sheet.getRow(1).getCell(1).getCellStyle().getFont().getBold()).isTrue();
      assertNumber(sheet.getRow(2).getCell(1), 1234567.125, USD);
      assertNumber(sheet.getRow(3).getCell(1), 0.000000075, USD);
      assertNumber(sheet.getRow(4).getCell(1), -2.5, USD);
      assertThat(new DataFormatter(Locale.US).formatCellValue(sheet.getRow(4).getCell(1)))
          .isEqualTo("-$2.50");
      assertNumber(sheet.getRow(2).getCell(2), 1200000, "#,##0");
      assertNumber(sheet.getRow(2).getCell(4), 0.125, "0.0%");
      Cell day = sheet.getRow(2).getCell(3);
      assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
      assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2025-01-31");
      assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(sheet.getRow(3).getCell(5).getBooleanCellValue()).isFalse();
      assertThat(sheet.getRow(5).getCell(1)).isNull(); // NULL leaves no cell
      PaneInformation pane = sheet.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(pane.getVerticalSplitPosition()).isZero();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:F14");
      assertThat(sheet.getLastRowNum()).isEqualTo(13);
    }
  }

  @Test
  void everySheetPrintsLandscapeOnePageWideWithItsHeaderOnEachPage() throws Exception {
    saveMixed();
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("By team");
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getFitToPage()).isFalse(); // Excel ignores page breaks under "fit to"
      // columns 15 + 16 + 9 + 13 + 9 + 8 = 70 characters, well inside a page: 100 %
      assertThat(sheet.getPrintSetup().getScale()).isEqualTo((short) 100);
      // title row 1 and header row 2 repeat; title and table, not what text spills into
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
      assertThat(read.getPrintArea(0)).isEqualTo("'By team'!$A$1:$F$14");
      assertThat(sheet.getFooter().getLeft()).isEqualTo("&A");
      assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
    }
  }

  @Test
  void aWideTableShowsItsMainColumnsAndItsCsvKeepsThemAll() throws Exception {
    ReportTable narrow = ReportFixtures.MIXED.onSheet("Team", "Cost (USD)");
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addTable(narrow, db.query(ReportFixtures.MIXED_SQL));
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("By team");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
          "Spend by team (main columns; all 6 columns in by_team.csv)");
      assertThat(sheet.getRow(1).getLastCellNum()).isEqualTo((short) 2);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Cost (USD)");
    }
  }

  @Test
  void longHeadersWrapAndTheirRowIsTallEnough() throws Exception {
    ReportTable wide = new ReportTable("t", "T", List.of(new ReportColumn(
        "System prompt share of input spend", "share", ColumnKind.PERCENT)));
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addTable(wide, db.query("select 0.5 as share"));
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("T");
      // wraps at 14 characters (16 with room): "System prompt" / "share of input" / "spend"
      assertThat(sheet.getColumnWidth(0)).isEqualTo((14 + 3) * 256);
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getRow(0).getHeightInPoints()).isEqualTo(45f);
    }
  }

  @Test
  void neutralizedTextStaysAStringCellNeverAFormula() throws Exception {
    saveMixed();
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("By team");
      List<String> expected = List.of("'=cmd", "'+1", "'-2", "'@x", "'\ttab", "'\rcr");
      for (int i = 0; i < expected.size(); i++) {
        Cell cell = sheet.getRow(6 + i).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected.get(i));
      }
      for (Row row : sheet) {
        row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
      }
    }
  }

  @Test
  void widthsFollowTheLongestDisplayedValueAndAreCapped() throws Exception {
    saveMixed();
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("By team");
      // text is indented by one character: "line1\nline2" 11 + 1 + padding 3
      assertThat(sheet.getColumnWidth(0)).isEqualTo((11 + 1 + 3) * 256);
      assertThat(sheet.getColumnWidth(1)).isEqualTo((13 + 3) * 256); // "$1,234,567.12"
      assertThat(sheet.getColumnWidth(3)).isEqualTo((10 + 1 + 3) * 256); // a date, indented
      assertThat(sheet.getColumnWidth(5)).isEqualTo((5 + 3) * 256); // FALSE
    }
    ReportTable notes = new ReportTable("notes", "Notes",
        List.of(new ReportColumn("Note", "note", ColumnKind.TEXT)));
    Path other = dir.resolve("notes.xlsx");
    try (WorkbookWriter workbook = new WorkbookWriter(other)) {
      workbook.addTable(notes, db.query("select repeat('x', 500) as note"));
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(other.toFile())) {
      // capped at 48 characters; the text wraps, its row as tall as its lines
      XSSFSheet notesSheet = read.getSheet("Notes");
      assertThat(notesSheet.getColumnWidth(0)).isEqualTo(48 * 256);
      assertThat(notesSheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
      // 500 characters, 44 per line at 120 %: 52 -> 10 lines of 15 pt
      assertThat(notesSheet.getRow(1).getHeightInPoints()).isEqualTo(150f);
    }
  }

  /**
   * The Summary's "Counted" label sat at the bottom of its row, two lines below the start of the
   * wrapped note beside it; a label is top-aligned with its value.
   */
  @Test
  void aLabelIsTopAlignedBesideAWrappedValue() throws Exception {
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addSheet("Summary").row(KeyValueRow.text("Counted", "each call once, ".repeat(8)));
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      Row row = read.getSheet("Summary").getRow(0);
      assertThat(row.getCell(1).getCellStyle().getWrapText()).isTrue();
      assertThat(row.getCell(0).getCellStyle().getVerticalAlignment())
          .isEqualTo(VerticalAlignment.TOP);
    }
  }

  @Test
  void buildsASummarySheetWithLabelsValuesAndATopNTable() throws Exception {
    List<ReportColumn> top = List.of(new ReportColumn("Team", "team", ColumnKind.TEXT),
        new ReportColumn("Cost (USD)", "cost", ColumnKind.USD));
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addSheet("Summary")
          .title("LLM spend, January 2025")
          .rows(List.of(KeyValueRow.usd("Total cost", new BigDecimal("1234.5")),
              KeyValueRow.integer("Calls", 987654),
              KeyValueRow.date("Through", LocalDate.of(2025, 1, 31)),
              KeyValueRow.text("Top team", "=evil")))
          .blankRow()
          .table(top, db.query("select 'team-' || range as team, range * 10.5 as cost"
              + " from range(5) order by cost desc"), 3);
      workbook.addTable(ReportFixtures.MIXED, db.query(ReportFixtures.MIXED_SQL));
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      assertThat(read.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      assertThat(read.getSheetAt(1).getSheetName()).isEqualTo("By team");
      XSSFSheet sheet = read.getSheet("Summary");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("LLM spend, January 2025");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Total cost");
      assertNumber(sheet.getRow(1).getCell(1), 1234.5, USD);
      assertNumber(sheet.getRow(2).getCell(1), 987654, "#,##0");
      assertThat(sheet.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo("2025-01-31");
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("'=evil");
      assertThat((Object) sheet.getRow(5)).isNull(); // the blank row
      assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Cost (USD)");
      assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("team-4");
      assertNumber(sheet.getRow(9).getCell(1), 21.0, USD);
      assertThat(sheet.getLastRowNum()).isEqualTo(9); // 3 of 5 rows
      assertThat(sheet.getColumnWidth(0)).isEqualTo((10 + 3) * 256); // "Total cost"
    }
  }

  @Test
  void writesNothingUntilSavedAndOnlyOnce() throws Exception {
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addTable(ReportFixtures.MIXED, db.query(ReportFixtures.MIXED_SQL));
    }
    assertThat(file).doesNotExist();
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.save();
      assertThatThrownBy(() -> workbook.addSheet("Late"))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(dir.toFile().list()).containsExactly("report.xlsx");
  }

  @Test
  void refusesADuplicateOrInvalidSheetName() throws Exception {
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addSheet("Summary");
      assertThatThrownBy(() -> workbook.addSheet("SUMMARY"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> workbook.addSheet("a/b"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private void saveMixed() throws Exception {
    try (WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addTable(ReportFixtures.MIXED, db.query(ReportFixtures.MIXED_SQL));
      workbook.save();
    }
    assertThat(Files.size(file)).isPositive();
  }

  /** ColumnKind.USD: an explicit negative section, so -2.5 shows as -$2.50 everywhere. */
  private static final String USD = "\"$\"#,##0.00;-\"$\"#,##0.00";

  private static void assertNumber(Cell cell, double value, String format) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue()).isEqualTo(value);
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
  }
}

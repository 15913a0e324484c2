package io.llmspend.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WorkbookWriter#highlightRows} and {@link WorkbookWriter#addBarChart}. */
class WorkbookDecorationsTest {
  private static final ReportTable STATUS = new ReportTable("status", "Status", List.of(
      new ReportColumn("Name", "name", ColumnKind.TEXT),
      new ReportColumn("Spent", "spent", ColumnKind.USD),
      new ReportColumn("State", "state", ColumnKind.TEXT)));
  private static final String ROWS = "select * from (values ('a', 1.50::decimal(9, 2), 'ok'),"
      + " ('b', 2.00, 'warning'), ('c', 3.25, 'exceeded')) as t(name, spent, state)";

  @TempDir Path dir;

  @Test
  void coloursRowsByTextAndDrawsAChartOnASheetAfterTheTable() throws Exception {
    Path file = dir.resolve("d.xlsx");
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("Spent", List.of(new BigDecimal("1.50"), new BigDecimal("2.00")));
    try (InMemoryDuckDb db = new InMemoryDuckDb();
        WorkbookWriter workbook = new WorkbookWriter(file)) {
      workbook.addTable(STATUS, db.query(ROWS));
      workbook.highlightRows(STATUS, "State", Map.of("ok", Highlight.GREEN,
          "exceeded", Highlight.RED));
      workbook.addBarChart(STATUS, new BarChart("Spend", List.of("a", "b"), series,
          ColumnKind.USD));
      workbook.save();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = read.getSheet("Status");
      var formatting = sheet.getSheetConditionalFormatting();
      assertThat(formatting.getNumConditionalFormattings()).isEqualTo(2);
      // header row 0, data rows 1..3: rules over A2:C4, keyed on the State column
      assertThat(formatting.getConditionalFormattingAt(0).getFormattingRanges()[0]
          .formatAsString()).isEqualTo("A2:C4");
      assertThat(formatting.getConditionalFormattingAt(0).getRule(0).getFormula1())
          .startsWith("$C2=\"");
      assertThat(sheet.getDrawingPatriarch()).isNull();
      // the chart's sheet follows the table's: the chart's data (header row 0, data 1..2), then
      // the chart, one printed page
      XSSFSheet charts = read.getSheetAt(read.getSheetIndex("Status") + 1);
      assertThat(charts.getSheetName()).isEqualTo("Status chart");
      assertThat(charts.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Spent");
      assertThat(charts.getRow(1).getCell(0).getStringCellValue()).isEqualTo("a");
      assertThat(charts.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
      XSSFChart chart = charts.getDrawingPatriarch().getCharts().get(0);
      var bars = chart.getChartSeries().get(0).getSeries(0);
      assertThat(bars.getValuesData().getDataRangeReference())
          .isEqualTo("'Status chart'!$B$2:$B$3");
      assertThat(bars.getCategoryData().getDataRangeReference())
          .isEqualTo("'Status chart'!$A$2:$A$3");
      assertThat(read.getPrintArea(read.getSheetIndex("Status chart"))).endsWith("$A$1:$L$27");
    }
  }

  @Test
  void decoratingATableNotAddedIsAnError() {
    try (WorkbookWriter workbook = new WorkbookWriter(dir.resolve("e.xlsx"))) {
      assertThatThrownBy(() -> workbook.highlightRows(STATUS, "State", Map.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }
  }
}

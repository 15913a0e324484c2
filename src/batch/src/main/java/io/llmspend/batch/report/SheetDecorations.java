package io.llmspend.batch.report;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Conditional formatting and charts on sheets already written by {@link TableSheet}. */
final class SheetDecorations {
  static final int CHART_COLUMNS = 12;
  static final int CHART_ROWS = 22;

  private SheetDecorations() {}

  /** Fills rows {@code firstRow..lastRow} by the text of column {@code keyColumn}. */
  static void highlightRows(Sheet sheet, int firstRow, int lastRow, int columns, int keyColumn,
      Map<String, Highlight> byText) {
    if (lastRow < firstRow) {
      return;
    }
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    String key = "$" + CellReference.convertNumToColString(keyColumn) + (firstRow + 1);
    CellRangeAddress[] range = {new CellRangeAddress(firstRow, lastRow, 0, columns - 1)};
    for (var entry : byText.entrySet()) {
      ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
          key + "=\"" + entry.getKey().replace("\"", "\"\"") + "\"");
      PatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(new XSSFColor(entry.getValue().rgb(), null));
      fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
      formatting.addConditionalFormatting(range, rule);
    }
  }

  /**
   * Draws {@code chart} with its top-left corner at row {@code row}, column 0; {@code ranges}
   * gives the absolute reference of a column of the chart's data block (0: labels, then one per
   * series).
   */
  static void barChart(XSSFSheet sheet, int row, BarChart chart, IntFunction<String> ranges) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart out = drawing.createChart(
        drawing.createAnchor(0, 0, 0, 0, 0, row, CHART_COLUMNS, row + CHART_ROWS));
    out.setTitleText(chart.title());
    out.setTitleOverlay(false);
    out.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis categories = out.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = out.createValueAxis(AxisPosition.LEFT);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setNumberFormat(chart.valueKind().excelFormat());
    XDDFBarChartData data = (XDDFBarChartData) out.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.COL);
    addSeries(data, chart, ranges);
    ChartChrome.axes(categories, values);
    out.plot(data);
  }

  private static void addSeries(XDDFBarChartData data, BarChart chart,
      IntFunction<String> ranges) {
    XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromArray(
        chart.categories().toArray(String[]::new), ranges.apply(0));
    int column = 1;
    for (var series : chart.series().entrySet()) {
      Double[] numbers = series.getValue().stream()
          .map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
      XDDFChartData.Series bars = data.addSeries(labels,
          XDDFDataSourcesFactory.fromArray(numbers, ranges.apply(column)));
      bars.setTitle(series.getKey(), null);
      ChartChrome.fill(bars, column - 1);
      column++;
    }
  }

  static int columnOf(List<ReportColumn> columns, String header) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).header().equals(header)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + header);
  }
}

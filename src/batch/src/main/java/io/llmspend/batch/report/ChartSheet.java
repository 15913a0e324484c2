package io.llmspend.batch.report;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A sheet of bar charts, one under the other and one per printed page, for readers who would
 * rather look than read. The charts hold their values (the figures stay in the tables, which tie
 * out): Excel stores chart values as numbers, so amounts are shown, not computed, here.
 */
public final class ChartSheet {
  private static final int ROWS_PER_CHART = 22;
  private static final int CHART_COLUMNS = 14;
  private final XSSFSheet sheet;
  private final XSSFDrawing drawing;
  private int charts;

  ChartSheet(XSSFSheet sheet) {
    this.sheet = sheet;
    this.drawing = sheet.createDrawingPatriarch();
  }

  /**
   * Adds a vertical bar chart.
   *
   * @param title the chart title
   * @param categories the bar labels, in order
   * @param values one per category (USD, say); null is drawn as no bar
   * @param valueTitle the value axis title ("USD")
   */
  public ChartSheet bars(String title, List<String> categories, List<BigDecimal> values,
      String valueTitle) {
    if (categories.size() != values.size() || categories.isEmpty()) {
      throw new IllegalArgumentException("a bar chart needs one value per category, at least one");
    }
    int top = charts++ * ROWS_PER_CHART;
    if (top > 0) {
      // One chart per printed page. setRowBreak(r) breaks below row r. The previous chart ends at
      // the top edge of row top - 2 and this one starts at the top edge of row top, so breaking
      // below row top - 2 leaves an empty row on each side: LibreOffice also prints an object
      // that merely touches a page boundary on the other page (clipped).
      sheet.setRowBreak(top - 2);
    }
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, CHART_COLUMNS,
        top + ROWS_PER_CHART - 2));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(valueTitle);
    XDDFChartData data = chart.createData(ChartTypes.BAR, x, y);
    ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
    Double[] numbers = values.stream().map(v -> v == null ? null : v.doubleValue())
        .toArray(Double[]::new);
    XDDFChartData.Series series = data.addSeries(
        XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new)),
        XDDFDataSourcesFactory.fromArray(numbers));
    series.setTitle(valueTitle, null);
    ChartChrome.fill(series, 0);
    ChartChrome.axes(x, y);
    chart.plot(data);
    PrintLayout.apply(sheet, CHART_COLUMNS - 1, top + ROWS_PER_CHART - 2, 0);
    return this;
  }
}

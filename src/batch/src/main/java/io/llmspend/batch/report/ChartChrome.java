package io.llmspend.batch.report;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;

/**
 * Explicit colours for chart parts. A POI workbook has no theme part (xl/theme/theme1.xml), and
 * LibreOffice takes a chart's automatic colours (series fills, axis lines) from the theme: without
 * one, unformatted series and axes are drawn transparent. Excel falls back to its built-in theme.
 */
final class ChartChrome {
  /** Steel blue, grey, orange, as RGB (srgbClr; preset colours are less widely understood). */
  static final byte[][] SERIES_RGB = {
      {0x46, (byte) 0x82, (byte) 0xB4}, {(byte) 0xA9, (byte) 0xA9, (byte) 0xA9},
      {(byte) 0xFF, (byte) 0x8C, 0x00}};
  private static final byte[] AXIS_RGB = {0x59, 0x59, 0x59};
  private static final byte[] GRID_RGB = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

  private ChartChrome() {}

  /** Fills a bar/column/area series with the {@code index}-th colour. */
  static void fill(XDDFChartData.Series series, int index) {
    series.setFillProperties(new XDDFSolidFillProperties(
        XDDFColor.from(SERIES_RGB[index % SERIES_RGB.length])));
  }

  /** Draws both axes in dark grey and the value axis' major gridlines in light grey. */
  static void axes(XDDFChartAxis categories, XDDFValueAxis values) {
    categories.getOrAddShapeProperties().setLineProperties(line(AXIS_RGB));
    values.getOrAddShapeProperties().setLineProperties(line(AXIS_RGB));
    values.getOrAddMajorGridProperties().setLineProperties(line(GRID_RGB));
  }

  private static XDDFLineProperties line(byte[] rgb) {
    return new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
  }
}

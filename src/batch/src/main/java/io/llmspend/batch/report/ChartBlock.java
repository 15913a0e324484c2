package io.llmspend.batch.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A sheet holding a {@link BarChart}: its cells (a header row naming the chart's data and the
 * series, then one row per category) and the chart below them, whose series refer to these cells
 * and also carry their values (so Excel and LibreOffice both draw it at once). The sheet prints on
 * one page.
 */
final class ChartBlock {
  private final Sheet sheet;
  private final WorkbookStyles styles;

  ChartBlock(Sheet sheet, WorkbookStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  void write(BarChart chart, XSSFSheet drawingSheet) {
    ColumnWidths widths = new ColumnWidths();
    Row header = sheet.createRow(0);
    List<String> names = new ArrayList<>(chart.series().keySet());
    label(header, 0, "Chart data", widths);
    for (int s = 0; s < names.size(); s++) {
      label(header, s + 1, names.get(s), widths);
    }
    for (int i = 0; i < chart.categories().size(); i++) {
      Row row = sheet.createRow(1 + i);
      String category = CellText.neutralize(chart.categories().get(i));
      TableRows.write(row, 0, ColumnKind.TEXT, category, styles);
      widths.fit(0, ColumnKind.TEXT, category);
      for (int s = 0; s < names.size(); s++) {
        Object value = chart.series().get(names.get(s)).get(i);
        TableRows.write(row, s + 1, chart.valueKind(), value, styles);
        widths.fit(s + 1, chart.valueKind(), value);
      }
    }
    widths.applyTo(sheet);
    int last = chart.categories().size();
    SheetDecorations.barChart(drawingSheet, last + 2, chart,
        column -> new CellRangeAddress(1, last, column, column)
            .formatAsString(sheet.getSheetName(), true));
    PrintLayout.apply(sheet, Math.max(SheetDecorations.CHART_COLUMNS, names.size() + 1) - 1,
        last + 2 + SheetDecorations.CHART_ROWS, 0);
  }

  private void label(Row row, int column, String text, ColumnWidths widths) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(styles.header());
    widths.fit(column, text);
  }
}

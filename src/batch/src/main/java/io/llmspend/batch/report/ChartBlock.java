package io.llmspend.batch.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The cells behind a {@link BarChart}: a header row (the first cell names the chart, then the
 * series names) and one row per category, followed by the chart itself, whose series refer to
 * these cells and also carry their values (so Excel and LibreOffice both draw it at once).
 */
final class ChartBlock {
  private final Sheet sheet;
  private final WorkbookStyles styles;

  ChartBlock(Sheet sheet, WorkbookStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  void write(int firstRow, BarChart chart, XSSFSheet drawingSheet) {
    Row header = sheet.createRow(firstRow);
    List<String> names = new ArrayList<>(chart.series().keySet());
    label(header, 0, "Chart data");
    for (int s = 0; s < names.size(); s++) {
      label(header, s + 1, names.get(s));
    }
    for (int i = 0; i < chart.categories().size(); i++) {
      Row row = sheet.createRow(firstRow + 1 + i);
      TableRows.write(row, 0, ColumnKind.TEXT, CellText.neutralize(chart.categories().get(i)),
          styles);
      for (int s = 0; s < names.size(); s++) {
        TableRows.write(row, s + 1, chart.valueKind(), chart.series().get(names.get(s)).get(i),
            styles);
      }
    }
    int last = firstRow + chart.categories().size();
    SheetDecorations.barChart(drawingSheet, last + 2, chart,
        column -> new CellRangeAddress(firstRow + 1, last, column, column)
            .formatAsString(sheet.getSheetName(), true));
  }

  private void label(Row row, int column, String text) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(styles.header());
  }
}

package io.llmspend.batch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/** Writes the header and data rows of a table, measuring widths as it goes. */
final class TableRows {

  private final List<ReportColumn> columns;
  private final WorkbookStyles styles;
  private final ColumnWidths widths;

  TableRows(List<ReportColumn> columns, WorkbookStyles styles, ColumnWidths widths) {
    this.columns = columns;
    this.styles = styles;
    this.widths = widths;
  }

  /** Writes the header row; long headers wrap, and the row is as tall as the tallest. */
  void header(Row row) {
    int lines = 1;
    for (int i = 0; i < columns.size(); i++) {
      ReportColumn column = columns.get(i);
      Cell cell = row.createCell(i);
      cell.setCellValue(column.header());
      cell.setCellStyle(styles.header(column.kind()));
      widths.fitHeader(i, column.kind(), column.header());
      lines = Math.max(lines,
          TextLines.count(column.header(), ColumnWidths.headerChars(column.header())));
    }
    row.setHeightInPoints(TextLines.points(lines));
  }

  /** Writes one row of values as {@link RowReader#values()} returns them. */
  void data(Row row, Object[] values, boolean measure) {
    data(row, values, new long[values.length], measure);
  }

  /**
   * Writes one row of values, {@code unpriced[i]} the unpriced calls behind value {@code i} (see
   * {@link ReportColumn#unpricedLabel()}; 0 for other columns).
   */
  void data(Row row, Object[] values, long[] unpriced, boolean measure) {
    for (int i = 0; i < values.length; i++) {
      ColumnKind kind = columns.get(i).kind();
      if (writeUnpriced(row, i, values[i], unpriced[i], measure)) {
        continue;
      }
      if (!writeEmptyText(row, i, values[i])) {
        write(row, i, kind, values[i], styles);
      }
      if (measure) {
        widths.fit(i, kind, values[i] == null ? columns.get(i).emptyText() : values[i]);
      }
    }
  }

  /**
   * A value with {@code count} unpriced calls behind it: {@code $12.34 + 3 unpriced}, a number
   * still; NULL (all unpriced) as {@code 20 unpriced}, as short as it can be, so that a sheet of
   * many money columns still prints legibly on one page wide. False, writing nothing, when
   * {@code count} is 0.
   */
  private boolean writeUnpriced(Row row, int column, Object value, long count, boolean measure) {
    if (count == 0) {
      return false;
    }
    ColumnKind kind = columns.get(column).kind();
    Cell cell = row.createCell(column);
    if (value instanceof BigDecimal amount) {
      String note = String.format(java.util.Locale.ROOT, " + %,d unpriced", count);
      cell.setCellValue(amount.doubleValue());
      cell.setCellStyle(styles.noted(kind, note));
      if (measure) {
        widths.fit(column, kind, amount, note);
      }
    } else {
      String text = String.format(java.util.Locale.ROOT, "%,d unpriced", count);
      cell.setCellValue(text);
      cell.setCellStyle(styles.emptyText(kind));
      if (measure) {
        widths.fit(column, text);
      }
    }
    return true;
  }

  /** Writes the total row: "Total" in the first column, then the sums (see {@link Totals}). */
  void total(Row row, Object[] sums) {
    Cell label = row.createCell(0);
    label.setCellValue("Total");
    label.setCellStyle(styles.header());
    for (int i = 1; i < sums.length; i++) {
      if (!writeEmptyText(row, i, sums[i])) {
        write(row, i, columns.get(i).kind(), sums[i], styles);
      }
    }
  }

  /** A NULL in a column with {@link ReportColumn#emptyText()}: that text, aligned as values. */
  private boolean writeEmptyText(Row row, int column, Object value) {
    String text = columns.get(column).emptyText();
    if (value != null || text == null) {
      return false;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(styles.emptyText(columns.get(column).kind()));
    return true;
  }

  /**
   * Writes a typed value as a cell of its kind's style: numbers and dates as numeric cells, text
   * always as a string cell (never a formula). NULL leaves no cell.
   */
  static void write(Row row, int column, ColumnKind kind, Object value, WorkbookStyles styles) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.of(kind));
    if (value instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b);
    } else {
      String text = CellText.fitExcelCell(value.toString());
      cell.setCellValue(text);
      if (ColumnWidths.wraps(text)) {
        // Neither Excel nor LibreOffice fits row heights on opening a file: set it here.
        cell.setCellStyle(styles.wrappedText());
        row.setHeightInPoints(Math.max(row.getHeightInPoints(),
            TextLines.points(TextLines.count(text, ColumnWidths.WRAP_CHARS))));
      }
    }
  }
}

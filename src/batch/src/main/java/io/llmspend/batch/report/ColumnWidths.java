package io.llmspend.batch.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from the longest text seen per column. SXSSF cannot autosize a column without
 * tracking every cell, so the writers feed it the header and the first {@link #SAMPLE_ROWS} data
 * rows, estimating each value's length as Excel would display it.
 */
final class ColumnWidths {

  /** Data rows per table whose values are measured. */
  static final int SAMPLE_ROWS = 1_000;

  /** Widest column, in characters: long prompts or notes should wrap, not fill the screen. */
  static final int MAX_CHARS = 60;

  /** Room for cell padding and the autofilter drop-down arrow. */
  private static final int PADDING_CHARS = 3;

  private final Map<ColumnKind, DecimalFormat> formats = new EnumMap<>(ColumnKind.class);
  private int[] chars = new int[0];

  /** Makes column {@code column} at least as wide as {@code text}. */
  void fit(int column, String text) {
    if (column >= chars.length) {
      chars = Arrays.copyOf(chars, column + 1);
    }
    chars[column] = Math.max(chars[column], text.length());
  }

  /** Makes column {@code column} at least as wide as {@code value} displayed as {@code kind}. */
  void fit(int column, ColumnKind kind, Object value) {
    if (value instanceof BigDecimal d) {
      fit(column, format(kind).format(d));
    } else if (value instanceof LocalDate) {
      fit(column, "yyyy-mm-dd");
    } else if (value instanceof Boolean) {
      fit(column, "FALSE");
    } else if (value != null) {
      fit(column, value.toString());
    }
  }

  private DecimalFormat format(ColumnKind kind) {
    // The Excel format codes used here read the same as DecimalFormat patterns; ROOT: "," and ".".
    return formats.computeIfAbsent(kind,
        k -> new DecimalFormat(k.excelFormat(), DecimalFormatSymbols.getInstance(Locale.ROOT)));
  }

  /** Sets the width of every measured column. */
  void applyTo(Sheet sheet) {
    for (int column = 0; column < chars.length; column++) {
      if (chars[column] > 0) {
        int width = Math.min(chars[column] + PADDING_CHARS, MAX_CHARS);
        sheet.setColumnWidth(column, width * 256);
      }
    }
  }
}

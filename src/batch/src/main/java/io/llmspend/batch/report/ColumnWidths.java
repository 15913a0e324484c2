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
 * rows, estimating each value's length as Excel would display it. A header longer than {@link
 * #HEADER_WRAP_CHARS} wraps onto more lines instead of widening its column; text longer than
 * {@link #MAX_CHARS} wraps.
 */
final class ColumnWidths {

  /** Data rows per table whose values are measured. */
  static final int SAMPLE_ROWS = 1_000;

  /** Widest column, in characters: long prompts or notes should wrap, not fill the screen. */
  static final int MAX_CHARS = 48;

  /** A header wraps at word breaks after about this many characters. */
  static final int HEADER_WRAP_CHARS = 14;

  /** Room for cell padding and the autofilter drop-down arrow. */
  private static final int PADDING_CHARS = 3;

  /** Text and dates are indented by one level (see {@link WorkbookStyles}). */
  private static final int INDENT_CHARS = 1;

  /** The characters of wrapped text on one line of a {@link #MAX_CHARS} column. */
  static final int WRAP_CHARS = MAX_CHARS - PADDING_CHARS - INDENT_CHARS;

  private final Map<ColumnKind, DecimalFormat> formats = new EnumMap<>(ColumnKind.class);
  private int[] chars = new int[0];

  /** Makes column {@code column} at least as wide as {@code text}. */
  void fit(int column, String text) {
    fitChars(column, text.length());
  }

  /** Makes column {@code column} wide enough for the header {@code header} of a {@code kind}. */
  void fitHeader(int column, ColumnKind kind, String header) {
    fitChars(column, headerChars(header) + indent(kind));
  }

  /** Makes column {@code column} at least as wide as {@code value} displayed as {@code kind}. */
  void fit(int column, ColumnKind kind, Object value) {
    if (value instanceof BigDecimal d) {
      fit(column, format(kind).format(d));
    } else if (value instanceof LocalDate) {
      fitChars(column, "yyyy-mm-dd".length() + INDENT_CHARS);
    } else if (value instanceof Boolean) {
      fit(column, "FALSE");
    } else if (value != null) {
      fitChars(column, value.toString().length() + indent(kind));
    }
  }

  /** Makes column {@code column} as wide as {@code value} shown as {@code kind}, then {@code note}. */
  void fit(int column, ColumnKind kind, BigDecimal value, String note) {
    fit(column, format(kind).format(value) + note);
  }

  /** Text and dates are indented by one level (see {@link WorkbookStyles}). */
  private static int indent(ColumnKind kind) {
    return kind == ColumnKind.TEXT || kind == ColumnKind.DATE ? INDENT_CHARS : 0;
  }

  /**
   * The width a header needs: its longest word, and the whole header up to {@link
   * #HEADER_WRAP_CHARS} characters.
   */
  static int headerChars(String header) {
    int longestWord = Arrays.stream(header.split(" ")).mapToInt(String::length).max().orElse(0);
    return Math.max(longestWord, Math.min(header.length(), HEADER_WRAP_CHARS));
  }

  private void fitChars(int column, int length) {
    if (column >= chars.length) {
      chars = Arrays.copyOf(chars, column + 1);
    }
    chars[column] = Math.max(chars[column], length);
  }

  private DecimalFormat format(ColumnKind kind) {
    // Without their quotes, the Excel format codes used here read the same as DecimalFormat
    // patterns (a positive and a negative section); ROOT: "," and ".".
    return formats.computeIfAbsent(kind, k -> new DecimalFormat(k.excelFormat().replace("\"", ""),
        DecimalFormatSymbols.getInstance(Locale.ROOT)));
  }

  /** Whether text this long wraps in its column (which is then {@link #MAX_CHARS} wide). */
  static boolean wraps(String text) {
    return text.length() > WRAP_CHARS;
  }

  /** The number of columns measured so far. */
  int columns() {
    return chars.length;
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

package io.llmspend.batch.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: landscape, narrow margins, the sheet name and page number in the footer,
 * the table's title and header rows on every page, only the print area (text spilling to the right
 * of the last column would widen the page), scaled so the print area is one page wide on Letter
 * (the narrower of A4 and Letter in landscape) and at most 100 %.
 *
 * <p>A fixed scale rather than "fit to page": Excel ignores manual page breaks under "fit to",
 * and the breaks keep each chart on a page of its own.
 */
final class PrintLayout {
  private static final double SIDE_MARGIN_INCHES = 0.4;
  private static final double PRINTABLE_PIXELS = (11 - 2 * SIDE_MARGIN_INCHES) * 96;
  /** Column widths are estimates: keep 4 % in hand. */
  private static final double SAFETY = 0.96;
  private static final short MIN_SCALE = 10;

  private PrintLayout() {}

  /** Width of a 14 pt title character in 11 pt characters. */
  private static final double TITLE_CHARS = 14 / 11.0;
  /** A title never widens the print area beyond this column. */
  private static final int MAX_TITLE_COLUMN = 25;

  /**
   * Sets up printing of columns {@code 0..lastColumn} and rows {@code 0..lastRow}, repeating rows
   * {@code 0..repeatedRows - 1} on every page (0: none), and widens the print area to the right
   * until {@code title} (in the first cell, not wrapped) fits. Call again when the sheet grows;
   * the column widths must be set first.
   *
   * @param title the title line in A1, or {@code null}
   */
  static void apply(Sheet sheet, int lastColumn, int lastRow, int repeatedRows, String title) {
    int last = lastColumn;
    if (title != null) {
      while (last < MAX_TITLE_COLUMN && chars(sheet, last) < title.length() * TITLE_CHARS) {
        last++;
      }
    }
    apply(sheet, last, lastRow, repeatedRows);
  }

  /** Like {@link #apply(Sheet, int, int, int, String)} without a title. */
  static void apply(Sheet sheet, int lastColumn, int lastRow, int repeatedRows) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setLandscape(true);
    sheet.setFitToPage(false);
    setup.setScale(scale(sheet, lastColumn));
    sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN_INCHES);
    sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN_INCHES);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.6);
    sheet.setMargin(Sheet.HeaderMargin, 0.3);
    sheet.setMargin(Sheet.FooterMargin, 0.3);
    sheet.getFooter().setLeft("&A");
    sheet.getFooter().setRight("Page &P of &N");
    if (repeatedRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, repeatedRows - 1, -1, -1));
    }
    sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0,
        lastRow);
  }

  /**
   * The percentage at which columns {@code 0..lastColumn} fill the printable width: Excel draws a
   * column of w characters w x 7 + 5 pixels wide at 96 dpi in its default 11 pt font.
   */
  static short scale(Sheet sheet, int lastColumn) {
    double pixels = chars(sheet, lastColumn) * 7 + 5 * (lastColumn + 1);
    long percent = (long) Math.floor(100 * SAFETY * PRINTABLE_PIXELS / pixels);
    return (short) Math.max(MIN_SCALE, Math.min(100, percent));
  }

  /** The width of columns {@code 0..lastColumn} in characters. */
  private static double chars(Sheet sheet, int lastColumn) {
    double chars = 0;
    for (int column = 0; column <= lastColumn; column++) {
      chars += sheet.getColumnWidth(column) / 256.0;
    }
    return chars;
  }
}

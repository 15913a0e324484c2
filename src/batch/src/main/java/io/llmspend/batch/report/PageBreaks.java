package io.llmspend.batch.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Where the printed pages of a free-form sheet ({@link SheetBuilder}: the Summary, the Cover)
 * end. A heading and what follows it stay on one page: the whole section when it fits on a page,
 * else the heading with its next {@link #KEEP_ROWS} rows (a table's header and first rows); a
 * heading that would not fit with them starts a new page. Printed by LibreOffice, "Top findings"
 * and its column header otherwise fell at the bottom of a page and its rows on the next.
 *
 * <p>Every page ends at a manual row break, at a page height below what A4 and Letter print
 * (see {@link #PAGE_POINTS}): the renderer never ends a page on its own before the break we
 * planned, so the pages are the ones computed here in Excel and in LibreOffice alike. Call
 * {@link #apply} again whenever the sheet grows (the scale may change): it replaces the breaks
 * it set before. Not thread-safe.
 */
final class PageBreaks {
  /**
   * The body height of a landscape page in points: A4's 8.27 in (shorter than Letter's 8.5 in)
   * less the 0.6 in top and bottom margins of {@link PrintLayout}, with 4 % kept in hand as for
   * the widths (row heights are estimates).
   */
  static final double PAGE_POINTS = (8.27 - 2 * 0.6) * 72 * 0.96;
  /** Rows kept with a heading whose section is longer than a page. */
  static final int KEEP_ROWS = 4;
  /** A title row (14 pt bold) is sized by the viewer: about 1.3 times its font, rounded up. */
  static final float TITLE_ROW_POINTS = 20f;

  private final List<Integer> breaks = new ArrayList<>();

  /**
   * Sets the breaks of {@code sheet}, whose rows are {@code rows} (null: a blank row) and whose
   * headings are at {@code titles}, at its current print scale.
   */
  void apply(Sheet sheet, List<Row> rows, List<Integer> titles) {
    for (int row : breaks) {
      sheet.removeRowBreak(row);
    }
    breaks.clear();
    float[] heights = heights(sheet, rows, titles);
    double page = PAGE_POINTS * 100 / sheet.getPrintSetup().getScale();
    double used = 0;
    for (int r = 0; r < heights.length; r++) {
      int title = titles.indexOf(r);
      if (title >= 0 && used > 0 && used + keep(heights, r, sectionEnd(rows, titles, title),
          page) > page) {
        used = breakAbove(sheet, r);
      }
      if (used > 0 && used + heights[r] > page) {
        used = breakAbove(sheet, r);
      }
      used += heights[r];
    }
  }

  private double breakAbove(Sheet sheet, int row) {
    sheet.setRowBreak(row - 1); // a break below row - 1
    breaks.add(row - 1);
    return 0;
  }

  /** The height the heading at {@code start} needs on its page, its section ending at {@code end}. */
  private static double keep(float[] heights, int start, int end, double page) {
    double whole = sum(heights, start, end);
    return whole <= page ? whole : sum(heights, start, Math.min(end, start + KEEP_ROWS));
  }

  /** The last row of the section of heading {@code title}: before the next heading or blank row. */
  private static int sectionEnd(List<Row> rows, List<Integer> titles, int title) {
    int end = titles.get(title);
    while (end + 1 < rows.size() && rows.get(end + 1) != null && !titles.contains(end + 1)) {
      end++;
    }
    return end;
  }

  private static double sum(float[] heights, int from, int to) {
    double sum = 0;
    for (int r = from; r <= to; r++) {
      sum += heights[r];
    }
    return sum;
  }

  private static float[] heights(Sheet sheet, List<Row> rows, List<Integer> titles) {
    float[] heights = new float[rows.size()];
    for (int r = 0; r < heights.length; r++) {
      Row row = rows.get(r);
      heights[r] = row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
      if (titles.contains(r)) {
        heights[r] = Math.max(heights[r], TITLE_ROW_POINTS);
      }
    }
    return heights;
  }
}

package io.llmspend.batch.report;

/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice fits a row's height to wrapped text
 * when it opens a file, so the writer sets it from an estimate of the lines the text takes.
 */
final class TextLines {
  /** Height of a line of 11 pt text, Excel's default row height. */
  static final float LINE_POINTS = 15f;
  /** At most this many lines tall (Excel's row limit is 409 pt). */
  static final int MAX_LINES = 27;

  private TextLines() {}

  /**
   * Lines {@code text} takes wrapped in a column {@code widthChars} wide: greedy word wrap on
   * 120 % of the width (a width counts digit widths; average text is narrower), so a row is more
   * often a little too tall than cut. At least 1, at most {@link #MAX_LINES}.
   */
  static int count(String text, int widthChars) {
    int room = Math.max(1, widthChars * 6 / 5);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      int used = 0;
      for (String word : paragraph.split(" ")) {
        int need = used == 0 ? word.length() : used + 1 + word.length();
        if (need <= room) {
          used = need;
        } else {
          if (used > 0) {
            lines++;
          }
          for (used = word.length(); used > room; used -= room) {
            lines++;
          }
        }
      }
    }
    return Math.min(lines, MAX_LINES);
  }

  /** The height in points of {@code lines} lines. */
  static float points(int lines) {
    return LINE_POINTS * lines;
  }
}

package io.llmspend.batch.text;

/**
 * Makes text from the logs safe to show in any output: control characters (C0 but tab, CR and
 * line feed when kept; DEL; C1) and bidirectional overrides become visible escapes ({@code \x1B},
 * {@code \u202E}), so a terminal that prints a report or a log line never runs an escape
 * sequence, and no character hides or reorders what follows. Thread-safe (stateless).
 */
public final class SafeText {
  private SafeText() {}

  /**
   * @param text any text, or {@code null}
   * @param keepLineBreaks whether tab, CR and LF are kept (a CSV field, a log message) or
   *     escaped too (one line of a table)
   * @return the text with each unsafe character replaced by its escape
   */
  public static String visible(String text, boolean keepLineBreaks) {
    if (text == null || text.chars().noneMatch(c -> unsafe(c, keepLineBreaks))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.chars().forEach(c -> {
      if (!unsafe(c, keepLineBreaks)) {
        out.append((char) c);
      } else if (c <= 0xFF) {
        out.append(String.format("\\x%02X", c));
      } else {
        out.append(String.format("\\u%04X", c));
      }
    });
    return out.toString();
  }

  /**
   * One line of text for a table cell or a message (a quarantine reason that quotes a value
   * from the logs): each run of whitespace (tab, line feed, CR, form feed, vertical tab, spaces)
   * becomes one space, so {@code "yesterday\nnoon"} reads {@code "yesterday noon"}; the other
   * unsafe characters become escapes as in {@link #visible}.
   */
  public static String oneLine(String text) {
    return text == null ? null : visible(text.replaceAll("[\\t\\n\\x0B\\f\\r ]+", " "), false);
  }

  static boolean unsafe(int c, boolean keepLineBreaks) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return !keepLineBreaks;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
  }
}

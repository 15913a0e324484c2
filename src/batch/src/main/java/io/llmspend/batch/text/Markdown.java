package io.llmspend.batch.text;

/**
 * Escapes text from the logs for a markdown page that a browser renders: HTML is shown as text
 * ({@code <img src=x onerror=...>} becomes {@code &lt;img src=x onerror=...&gt;}), markdown
 * syntax as its characters ({@code [click](javascript:...)} is no link), and control characters
 * as visible escapes ({@link SafeText}); a line break becomes a space, so a value stays on its
 * line. Thread-safe (stateless).
 */
public final class Markdown {
  /** Emphasis, code, links, strikethrough; ( ) ! # | cannot act without a [ or a line start. */
  private static final String SPECIAL = "\\`*_[]~";

  private Markdown() {}

  /**
   * @param text any text, or {@code null}
   * @return the escaped text; {@code null} for {@code null}
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    String flat = SafeText.visible(text.replace("\r\n", " ").replace('\n', ' ')
        .replace('\r', ' ').replace('\t', ' '), false);
    StringBuilder out = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> {
          if (SPECIAL.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}

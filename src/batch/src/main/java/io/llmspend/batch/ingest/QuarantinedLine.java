package io.llmspend.batch.ingest;

import io.llmspend.batch.text.SafeText;
import io.llmspend.batch.text.Secrets;

/**
 * A source line that could not be loaded, with why. Written to the {@code quarantine} table and
 * to {@code quarantine.csv}; never silently dropped.
 *
 * @param sourceFile the file, relative to its logs folder
 * @param sourceLine the 1-based line number
 * @param reason a short, stable reason ("invalid JSON: ...", "missing model", ...); a value from
 *     the line that it quotes is redacted ({@link Secrets}) and it is cut at {@link
 *     #REASON_CHARS} characters
 * @param excerpt the line's structure ({@link io.llmspend.batch.text.LineShape}, at most {@link
 *     #EXCERPT_CHARS} characters), for a human to find it; never its content
 */
record QuarantinedLine(String sourceFile, long sourceLine, String reason, String excerpt)
    implements IngestedRecord {

  static final int EXCERPT_CHARS = 120;
  static final int REASON_CHARS = 200;

  QuarantinedLine {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a quarantined line needs a reason");
    }
    reason = shorten(SafeText.oneLine(Secrets.redact(reason)), REASON_CHARS);
    excerpt = excerpt == null ? "" : shorten(excerpt, EXCERPT_CHARS);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}

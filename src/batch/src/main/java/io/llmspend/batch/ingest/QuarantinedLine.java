package io.llmspend.batch.ingest;

/**
 * A source line that could not be loaded, with why. Written to the {@code quarantine} table and
 * to {@code quarantine.csv}; never silently dropped.
 *
 * @param sourceFile the file, relative to its logs folder
 * @param sourceLine the 1-based line number
 * @param reason a short, stable reason ("invalid JSON: ...", "missing model", ...)
 * @param excerpt the first characters of the line (at most {@link #EXCERPT_CHARS}), for a human
 *     to find it; empty when the line could not be decoded
 */
record QuarantinedLine(String sourceFile, long sourceLine, String reason, String excerpt)
    implements IngestedRecord {

  static final int EXCERPT_CHARS = 120;

  QuarantinedLine {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a quarantined line needs a reason");
    }
    excerpt = excerpt == null ? "" : shorten(excerpt);
  }

  private static String shorten(String text) {
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS);
  }
}

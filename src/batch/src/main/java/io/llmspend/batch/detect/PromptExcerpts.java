package io.llmspend.batch.detect;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.text.SafeText;
import io.llmspend.batch.text.Secrets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prompt excerpts of the report date's recommendations (CSV, workbook, recommendations.md):
 * secrets redacted in the whole prompt first ({@link Secrets}, so a key is never cut in half and
 * missed), then at most the first 80 characters and never more than half of the prompt, e-mail
 * addresses as {@code <email>} and numbers of 3 or more digits as {@code <n>}, control characters
 * escaped, and {@code ...} after it. A prompt whose text the retention dropped gives {@code ...}.
 */
final class PromptExcerpts {
  private static final int MAX_CHARS = 80;

  private PromptExcerpts() {}

  /** Fills {@code recommendations.excerpt} of the report date from {@code prompts}. */
  static void fill(DuckDbStore store) throws SQLException {
    Map<String, String> excerpts = new LinkedHashMap<>();
    store.query("params", "recommendation_prompts", rows -> {
      while (rows.next()) {
        excerpts.put(rows.getString("id"), of(rows.getString("text")));
      }
      return null;
    });
    try (PreparedStatement update = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "recommendation_excerpt"))) {
      for (Map.Entry<String, String> excerpt : excerpts.entrySet()) {
        update.setString(1, excerpt.getValue());
        update.setString(2, excerpt.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  /** The excerpt of one prompt's text. */
  static String of(String text) {
    String redacted = Secrets.redact(text);
    int chars = redacted.codePointCount(0, redacted.length());
    int keep = Math.min(MAX_CHARS, chars / 2);
    String start = redacted.substring(0, redacted.offsetByCodePoints(0, keep));
    String masked = start.replaceAll("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+", "<email>")
        .replaceAll("[0-9]{3,}", "<n>");
    return SafeText.visible(masked, false) + "...";
  }
}

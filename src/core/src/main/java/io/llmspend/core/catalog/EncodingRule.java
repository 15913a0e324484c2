package io.llmspend.core.catalog;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;
import java.util.Locale;

/**
 * One row of an encoding table: the models (patterns) that use one encoding. A pattern ending in
 * {@code *} is a prefix, any other pattern must equal the model name; patterns are matched
 * against the catalog's normalized name and its base (see {@link ModelName}).
 *
 * @param encoding a JTokkit encoding name ({@code o200k_base}, {@code cl100k_base}, {@code
 *     p50k_base}, {@code p50k_edit}, {@code r50k_base})
 * @param models patterns, stored trimmed and lower-case
 * @throws IllegalArgumentException if the encoding is unknown or a pattern is blank or {@code *}
 */
public record EncodingRule(String encoding, List<String> models) {

  public EncodingRule {
    if (encoding == null || EncodingType.fromName(encoding).isEmpty()) {
      throw new IllegalArgumentException("unknown encoding in llmspend.tokenize: " + encoding);
    }
    if (models == null || models.isEmpty() || models.stream().anyMatch(EncodingRule::blank)) {
      throw new IllegalArgumentException("blank model pattern for encoding " + encoding);
    }
    models = models.stream().map(m -> m.trim().toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether a pattern of this rule matches {@code name} (already normalized). */
  boolean matches(String name) {
    return models.stream().anyMatch(pattern -> Patterns.matches(pattern, name));
  }

  private static boolean blank(String pattern) {
    return pattern == null || pattern.isBlank() || pattern.trim().equals("*");
  }
}

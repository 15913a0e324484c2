package io.llmspend.core.tokenize;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;
import java.util.Locale;

/**
 * Token-counting policy: our own model-to-encoding table and the size of the count cache.
 *
 * <p>Rules are tried in list order and the first match wins; inside a rule, patterns are tried in
 * order. A pattern ending in {@code *} is a prefix, any other pattern must equal the model name.
 * Patterns are matched, case-insensitively, against the normalized model name (see {@link
 * TokenCounter#encodingFor(String)}). When {@code encodings} is absent or empty the built-in {@link
 * #DEFAULT_ENCODINGS} apply.
 *
 * <p>Default table from openai/tiktoken {@code tiktoken/model.py}, commit 4e71bbe (2026-08-16), as
 * summarized in FORMATS.md section 5.1.
 *
 * @param encodings ordered rules; {@code null} or empty means {@link #DEFAULT_ENCODINGS}
 * @param cacheSize maximum number of cached (encoding, text hash) counts; 0 disables reuse;
 *     {@code null} means {@value #DEFAULT_CACHE_SIZE}
 * @throws IllegalArgumentException at start-up if {@code cacheSize} is negative or a rule is
 *     invalid
 */
public record TokenizeProperties(List<EncodingRule> encodings, Integer cacheSize) {

  /** Default maximum number of cache entries; an entry keeps a 32-byte digest, never text. */
  public static final int DEFAULT_CACHE_SIZE = 200_000;

  /** The built-in model-to-encoding table, first match wins. */
  public static final List<EncodingRule> DEFAULT_ENCODINGS =
      List.of(
          new EncodingRule(
              "o200k_base",
              List.of(
                  "gpt-4o*", "chatgpt-4o*", "gpt-4.1*", "gpt-4.5*", "gpt-5*", "o1*", "o3*", "o4*")),
          new EncodingRule(
              "cl100k_base",
              List.of(
                  "gpt-4",
                  "gpt-4-*",
                  "gpt-3.5*",
                  "text-embedding-3-*",
                  "text-embedding-ada-002",
                  "davinci-002",
                  "babbage-002")));

  public TokenizeProperties {
    encodings =
        encodings == null || encodings.isEmpty() ? DEFAULT_ENCODINGS : List.copyOf(encodings);
    cacheSize = cacheSize == null ? DEFAULT_CACHE_SIZE : cacheSize;
    if (cacheSize < 0) {
      throw new IllegalArgumentException("llmspend.tokenize.cache-size must be >= 0: " + cacheSize);
    }
  }

  /** The defaults, as used when no {@code llmspend.tokenize} properties are given. */
  public static TokenizeProperties defaults() {
    return new TokenizeProperties(null, DEFAULT_CACHE_SIZE);
  }

  /**
   * One row of the table: the models (patterns) that use one encoding.
   *
   * @param encoding a JTokkit encoding name ({@code o200k_base}, {@code cl100k_base}, {@code
   *     p50k_base}, {@code p50k_edit}, {@code r50k_base})
   * @param models patterns, stored lower-case; a trailing {@code *} makes a prefix
   * @throws IllegalArgumentException if the encoding is unknown or a pattern is blank
   */
  public record EncodingRule(String encoding, List<String> models) {
    public EncodingRule {
      if (encoding == null || EncodingType.fromName(encoding).isEmpty()) {
        throw new IllegalArgumentException("unknown encoding in llmspend.tokenize: " + encoding);
      }
      if (models == null
          || models.isEmpty()
          || models.stream().anyMatch(TokenizeProperties::blank)) {
        throw new IllegalArgumentException("blank model pattern for encoding " + encoding);
      }
      models = models.stream().map(m -> m.trim().toLowerCase(Locale.ROOT)).toList();
    }
  }

  private static boolean blank(String pattern) {
    return pattern == null || pattern.isBlank() || pattern.trim().equals("*");
  }
}

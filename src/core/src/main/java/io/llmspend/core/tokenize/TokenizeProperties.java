package io.llmspend.core.tokenize;

import io.llmspend.core.catalog.EncodingRule;
import java.util.List;

/**
 * Token-counting policy: encodings that replace the model catalog's and the size of the count
 * cache.
 *
 * <p>The model-to-encoding table is the encoding column of the model catalog ({@code
 * prices/models.csv}, from openai/tiktoken {@code tiktoken/model.py}, commit 4e71bbe, 2026-08-16,
 * as summarized in FORMATS.md section 5.1). Rules given here replace that column: they are tried
 * in list order and the first match wins; inside a rule, patterns are tried in order. A pattern
 * ending in {@code *} is a prefix, any other pattern must equal the model name. Patterns are
 * matched, case-insensitively, against the catalog's normalized model name and its base (see
 * {@link io.llmspend.core.catalog.ModelName}).
 *
 * @param encodings ordered rules replacing the catalog's; {@code null} or empty: the catalog's
 * @param cacheSize maximum number of cached (encoding, text hash) counts; 0 disables reuse;
 *     {@code null} means {@value #DEFAULT_CACHE_SIZE}
 * @throws IllegalArgumentException at start-up if {@code cacheSize} is negative or a rule is
 *     invalid
 */
public record TokenizeProperties(List<EncodingRule> encodings, Integer cacheSize) {

  /** Default maximum number of cache entries; an entry keeps a 32-byte digest, never text. */
  public static final int DEFAULT_CACHE_SIZE = 200_000;

  public TokenizeProperties {
    encodings = encodings == null ? List.of() : List.copyOf(encodings);
    cacheSize = cacheSize == null ? DEFAULT_CACHE_SIZE : cacheSize;
    if (cacheSize < 0) {
      throw new IllegalArgumentException("llmspend.tokenize.cache-size must be >= 0: " + cacheSize);
    }
  }

  /** The defaults, as used when no {@code llmspend.tokenize} properties are given. */
  public static TokenizeProperties defaults() {
    return new TokenizeProperties(null, DEFAULT_CACHE_SIZE);
  }
}

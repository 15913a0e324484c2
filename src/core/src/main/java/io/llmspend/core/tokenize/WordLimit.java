package io.llmspend.core.tokenize;

import io.llmspend.core.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps JTokkit's memory bounded. Its byte-pair encoding of one pre-tokenizer piece (a "word": a
 * run of letters, punctuation, whitespace or CJK without a break) of 500 bytes or more keeps about
 * 100 bytes per byte of the piece, 300 allocated: one valid line whose user message is a 5 MB word
 * exhausts a 1 GB heap (measured: docs/benchmarks.md, "One giant word"). Memory
 * depends on the longest piece only, not on the text's length, and digits, hex and base64 split
 * into short pieces. So a text with a piece longer than {@link #MAX_WORD_CHARS} characters is not
 * counted at all ({@link TooLongWordException}); every other text is counted by JTokkit exactly as
 * before, so counts never change. The check runs the encoding's own split pattern once over texts
 * longer than the limit (linear time, no allocation per piece); shorter texts are not scanned.
 * Thread-safe (stateless).
 */
final class WordLimit {
  /** The longest piece counted: at most about 15 MB of JTokkit's working memory (CJK). */
  static final int MAX_WORD_CHARS = 50_000;
  /** JTokkit 1.1.0's o200k_base split pattern (EncodingFactory.o200kBase). */
  private static final Pattern O200K = Pattern.compile(String.join("|",
      "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+"
          + "(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
      "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*"
          + "(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
      "\\p{N}{1,3}", " ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*", "\\s*[\\r\\n]+", "\\s+(?!\\S)", "\\s+"),
      Pattern.UNICODE_CHARACTER_CLASS);
  /** tiktoken's cl100k_base pattern, which JTokkit's Cl100kParser implements. */
  private static final Pattern CL100K = Pattern.compile("'(?i:[sdmt]|ll|ve|re)|"
      + "[^\\r\\n\\p{L}\\p{N}]?+\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]++[\\r\\n]*|\\s*[\\r\\n]|"
      + "\\s+(?!\\S)|\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  /** Older encodings (r50k, p50k): numbers are unbounded too. */
  private static final Pattern OTHER = Pattern.compile("'(?:[sdmt]|ll|ve|re)| ?\\p{L}+|"
      + " ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private WordLimit() {}

  /**
   * @throws TooLongWordException if {@code text} has a piece longer than {@link #MAX_WORD_CHARS}
   */
  static void check(String encoding, String text) {
    if (text.length() <= MAX_WORD_CHARS) {
      return;
    }
    Pattern split = switch (encoding) {
      case "o200k_base" -> O200K;
      case "cl100k_base" -> CL100K;
      default -> OTHER;
    };
    Matcher piece = split.matcher(text);
    while (piece.find()) {
      int length = piece.end() - piece.start();
      if (length > MAX_WORD_CHARS) {
        throw new TooLongWordException("a word of " + length + " characters without a break at "
            + "character " + piece.start() + " cannot be counted in bounded memory (at most "
            + MAX_WORD_CHARS + ")");
      }
    }
  }

  /** A text that is not counted: one of its words is longer than {@link #MAX_WORD_CHARS}. */
  public static final class TooLongWordException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    TooLongWordException(String message) {
      super(message);
    }
  }
}

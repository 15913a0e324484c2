package io.llmspend.sample;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts tokens the way the providers would report them, so logged usage agrees with the logged
 * text. OpenAI: o200k_base with the cookbook chat framing (3 per message + the role + the content,
 * plus 3 to prime the reply). Anthropic and Gemini have no public tokenizer: their count is the
 * framed o200k count times a fixed factor ({@link #CLAUDE_FACTOR}, {@link #GEMINI_FACTOR}),
 * rounded half up. Counts are cached per distinct text. Not thread-safe.
 */
final class TokenCounter {
  /** Claude's tokenizer splits the same text into more tokens; 15% more is assumed. */
  static final double CLAUDE_FACTOR = 1.15;
  /** Gemini's SentencePiece tokenizer: 5% more is assumed. */
  static final double GEMINI_FACTOR = 1.05;
  static final int PER_MESSAGE = 3;
  static final int REPLY_PRIMING = 3;

  private final Encoding encoding =
      Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  private final Map<String, Integer> cache = new HashMap<>();

  /** o200k_base tokens of a text, special tokens counted as ordinary text. */
  int count(String text) {
    Integer known = cache.get(text);
    if (known == null) {
      known = encoding.countTokensOrdinary(text);
      cache.put(text, known);
    }
    return known;
  }

  /**
   * One framed message: 3 + tokens(role) + the tokens of each text part, counted part by part as
   * the nightly re-count does (a short per-call part never changes the count of a long seed text).
   */
  int message(Turn turn) {
    int total = PER_MESSAGE + count(turn.role());
    for (String part : turn.parts()) {
      total += count(part);
    }
    return total;
  }

  /** A whole OpenAI chat prompt: every framed message plus the reply priming. */
  int chat(List<Turn> messages) {
    int total = REPLY_PRIMING;
    for (Turn turn : messages) {
      total += message(turn);
    }
    return total;
  }

  /** The provider's own count for a framed o200k count. */
  static int scale(int o200k, double factor) {
    return (int) Math.round(o200k * factor);
  }
}

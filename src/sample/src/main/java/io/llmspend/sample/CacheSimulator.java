package io.llmspend.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Simulates provider prompt caches over calls seen in time order.
 *
 * <p>OpenAI (automatic): a prompt of 1024+ tokens whose prefix was sent in the last 5 minutes
 * reads that prefix from the cache, in 128-token steps (1024, 1152, ...). The prefix is the
 * previous turn of the same session or the function's framed system prompt.
 *
 * <p>Anthropic (explicit {@code cache_control} on the system prompt): the first call writes the
 * prefix with the caller's TTL (5 minutes or 1 hour); calls before expiry read it and refresh it.
 * Prefixes under {@link #ANTHROPIC_MIN} tokens are never cached. Not thread-safe.
 */
final class CacheSimulator {
  static final int OPENAI_MIN = 1024;
  static final int OPENAI_STEP = 128;
  static final int ANTHROPIC_MIN = 1024;
  static final Duration OPENAI_TTL = Duration.ofMinutes(5);

  private final Map<String, Instant> lastSeen = new HashMap<>();
  private final Map<Long, Integer> sessionPrompt = new HashMap<>();
  private final Map<Long, Instant> sessionSeen = new HashMap<>();
  private final Map<String, Instant> anthropicExpiry = new HashMap<>();
  private final Map<String, Duration> anthropicTtl = new HashMap<>();

  /** Cached tokens of an OpenAI call; records the call as the newest prefix holder. */
  int openAi(String function, long session, Instant at, int systemPrefix, int prompt) {
    int prefix = 0;
    if (fresh(lastSeen.get(function), at)) {
      prefix = systemPrefix;
    }
    if (session >= 0 && fresh(sessionSeen.get(session), at)) {
      prefix = Math.max(prefix, sessionPrompt.get(session) - TokenCounter.REPLY_PRIMING);
    }
    lastSeen.put(function, at);
    if (session >= 0) {
      sessionSeen.put(session, at);
      sessionPrompt.put(session, prompt);
    }
    prefix = Math.min(prefix, prompt);
    return prefix >= OPENAI_MIN ? prefix / OPENAI_STEP * OPENAI_STEP : 0;
  }

  /**
   * Anthropic cache use of a system-prompt prefix.
   *
   * @return {@code {read, write5m, write1h}}
   */
  int[] anthropic(String function, Instant at, int prefix, Duration ttl) {
    if (prefix < ANTHROPIC_MIN) {
      return new int[3];
    }
    Instant expiry = anthropicExpiry.get(function);
    if (expiry != null && at.isBefore(expiry)) {
      anthropicExpiry.put(function, at.plus(anthropicTtl.get(function)));
      return new int[] {prefix, 0, 0};
    }
    anthropicExpiry.put(function, at.plus(ttl));
    anthropicTtl.put(function, ttl);
    boolean hour = ttl.compareTo(Duration.ofHours(1)) >= 0;
    return hour ? new int[] {0, 0, prefix} : new int[] {0, prefix, 0};
  }

  private static boolean fresh(Instant seen, Instant at) {
    return seen != null && Duration.between(seen, at).compareTo(OPENAI_TTL) < 0;
  }
}

package io.llmspend.core.pricing;

/**
 * The billable token classes of one LLM call, normalized from any provider's usage shape.
 *
 * <p>All counts are tokens, never negative. The four input classes are disjoint: their sum is
 * {@link #inputTokens()}, the call's whole prompt. {@code reasoningTokens} is a subset of
 * {@code outputTokens} (reasoning is billed at the output rate by OpenAI, Anthropic and Google;
 * research notes FORMATS.md §4.4, checked 2026-08).
 *
 * @param uncachedInputTokens input tokens billed at the plain input rate
 * @param cachedInputTokens input tokens read from the provider's prompt cache
 * @param cacheWrite5mTokens input tokens written to a 5-minute cache (Anthropic; OpenAI
 *     {@code cache_write_tokens}, free for the models of 2025-2026)
 * @param cacheWrite1hTokens input tokens written to a 1-hour cache (Anthropic)
 * @param outputTokens all generated tokens, including reasoning / thinking
 * @param reasoningTokens reasoning / thinking tokens, informational, included in outputTokens
 */
public record TokenUsage(
    long uncachedInputTokens,
    long cachedInputTokens,
    long cacheWrite5mTokens,
    long cacheWrite1hTokens,
    long outputTokens,
    long reasoningTokens) {

  /** No tokens at all. */
  public static final TokenUsage ZERO = new TokenUsage(0, 0, 0, 0, 0, 0);

  /**
   * @throws IllegalArgumentException if a count is negative or reasoning exceeds output
   */
  public TokenUsage {
    if (uncachedInputTokens < 0 || cachedInputTokens < 0 || cacheWrite5mTokens < 0
        || cacheWrite1hTokens < 0 || outputTokens < 0 || reasoningTokens < 0) {
      throw new IllegalArgumentException("negative token count");
    }
    if (reasoningTokens > outputTokens) {
      throw new IllegalArgumentException(
          "reasoning tokens " + reasoningTokens + " exceed output tokens " + outputTokens);
    }
  }

  /** Plain input tokens only (as from a re-count with no usage): no cache, no output. */
  public static TokenUsage ofInput(long inputTokens) {
    return new TokenUsage(inputTokens, 0, 0, 0, 0, 0);
  }

  /** All input tokens: uncached + cached + both cache writes. */
  public long inputTokens() {
    return uncachedInputTokens + cachedInputTokens + cacheWrite5mTokens + cacheWrite1hTokens;
  }

  /** Input and output tokens. */
  public long totalTokens() {
    return inputTokens() + outputTokens;
  }
}

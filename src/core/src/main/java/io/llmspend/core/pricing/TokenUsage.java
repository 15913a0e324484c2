package io.llmspend.core.pricing;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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
 * @param serverToolRequests requests of server-side tools billed per request, by tool ({@code
 *     web_search}, {@code web_fetch}, {@code file_search}, {@code google_search}...), counts
 *     above zero only, sorted by tool; priced from the book's tool fees
 */
public record TokenUsage(
    long uncachedInputTokens,
    long cachedInputTokens,
    long cacheWrite5mTokens,
    long cacheWrite1hTokens,
    long outputTokens,
    long reasoningTokens,
    Map<String, Long> serverToolRequests) {

  /** No tokens at all. */
  public static final TokenUsage ZERO = new TokenUsage(0, 0, 0, 0, 0, 0);

  /** Token counts without server-tool requests. */
  public TokenUsage(long uncachedInputTokens, long cachedInputTokens, long cacheWrite5mTokens,
      long cacheWrite1hTokens, long outputTokens, long reasoningTokens) {
    this(uncachedInputTokens, cachedInputTokens, cacheWrite5mTokens, cacheWrite1hTokens,
        outputTokens, reasoningTokens, Map.of());
  }

  /**
   * @throws IllegalArgumentException if a count is negative or reasoning exceeds output
   */
  public TokenUsage {
    TreeMap<String, Long> tools = new TreeMap<>();
    for (Map.Entry<String, Long> e : serverToolRequests.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("negative " + e.getKey() + " request count");
      }
      if (e.getValue() > 0) {
        tools.put(e.getKey(), e.getValue());
      }
    }
    serverToolRequests = Collections.unmodifiableSortedMap(tools);
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

  /** These counts with the given server-tool requests. */
  public TokenUsage withServerTools(Map<String, Long> requests) {
    return new TokenUsage(uncachedInputTokens, cachedInputTokens, cacheWrite5mTokens,
        cacheWrite1hTokens, outputTokens, reasoningTokens, requests);
  }

  /** The server-tool requests as {@code tool=count} joined by commas, or {@code null}. */
  public String serverToolsText() {
    if (serverToolRequests.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    serverToolRequests.forEach((tool, n) -> text.append(text.isEmpty() ? "" : ",")
        .append(tool).append('=').append(n));
    return text.toString();
  }

  /**
   * Parses {@link #serverToolsText()}; {@code null} or blank is none.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static Map<String, Long> parseServerTools(String text) {
    Map<String, Long> tools = new TreeMap<>();
    if (text == null || text.isBlank()) {
      return tools;
    }
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("not tool=count: " + part);
      }
      tools.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
    }
    return tools;
  }

  /** Input and output tokens. */
  public long totalTokens() {
    return inputTokens() + outputTokens;
  }
}

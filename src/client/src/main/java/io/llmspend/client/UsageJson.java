package io.llmspend.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.pricing.TokenUsage;

/**
 * A {@link TokenUsage} written back in its provider's usage shape, so the nightly job's usage
 * normalization reads exactly these token classes from the request-log line: Anthropic (input
 * excludes cache reads and writes), Gemini ({@code usageMetadata}), else OpenAI chat (prompt
 * tokens include cached and cache-write tokens).
 */
final class UsageJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private UsageJson() {}

  /** @return {@code {"usage": {...}}}, or {@code {"usageMetadata": {...}}} for Gemini */
  static ObjectNode response(String provider, TokenUsage u) {
    ObjectNode response = F.objectNode();
    switch (provider) {
      case "anthropic" -> response.set("usage", anthropic(u));
      case "google" -> response.set("usageMetadata", gemini(u));
      default -> response.set("usage", openAi(u));
    }
    return response;
  }

  private static ObjectNode anthropic(TokenUsage u) {
    ObjectNode usage = F.objectNode().put("input_tokens", u.uncachedInputTokens())
        .put("cache_read_input_tokens", u.cachedInputTokens())
        .put("cache_creation_input_tokens", u.cacheWrite5mTokens() + u.cacheWrite1hTokens());
    usage.putObject("cache_creation").put("ephemeral_5m_input_tokens", u.cacheWrite5mTokens())
        .put("ephemeral_1h_input_tokens", u.cacheWrite1hTokens());
    usage.put("output_tokens", u.outputTokens());
    if (u.reasoningTokens() > 0) {
      usage.putObject("output_tokens_details").put("thinking_tokens", u.reasoningTokens());
    }
    return usage;
  }

  private static ObjectNode gemini(TokenUsage u) {
    if (u.cacheWrite5mTokens() + u.cacheWrite1hTokens() > 0) {
      throw new IllegalArgumentException("Gemini usage has no cache writes");
    }
    return F.objectNode().put("promptTokenCount", u.uncachedInputTokens() + u.cachedInputTokens())
        .put("cachedContentTokenCount", u.cachedInputTokens())
        .put("candidatesTokenCount", u.outputTokens() - u.reasoningTokens())
        .put("thoughtsTokenCount", u.reasoningTokens())
        .put("totalTokenCount", u.totalTokens());
  }

  private static ObjectNode openAi(TokenUsage u) {
    ObjectNode usage = F.objectNode().put("prompt_tokens", u.inputTokens())
        .put("completion_tokens", u.outputTokens()).put("total_tokens", u.totalTokens());
    usage.putObject("prompt_tokens_details").put("cached_tokens", u.cachedInputTokens())
        .put("cache_write_tokens", u.cacheWrite5mTokens() + u.cacheWrite1hTokens());
    usage.putObject("completion_tokens_details").put("reasoning_tokens", u.reasoningTokens());
    return usage;
  }
}

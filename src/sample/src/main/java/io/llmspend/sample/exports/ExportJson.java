package io.llmspend.sample.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.pricing.TokenUsage;
import java.math.BigDecimal;

/**
 * Builds export results in the providers' shapes (FORMATS.md §2.1-2.3): the OpenAI Usage API
 * 2026 field set, OpenAI Costs API results (dollars), Anthropic usage and cost report results
 * (cost amount: decimal string in cents).
 */
final class ExportJson {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] OPENAI_CLASSES = {"input", "cached input", "cache write", "output"};
  static final String[] ANTHROPIC_TYPES = {"uncached_input_tokens", "cache_read_input_tokens",
      "cache_creation.ephemeral_5m_input_tokens", "output_tokens"};

  private ExportJson() {}

  static ObjectNode openAiUsage(String model, String key, boolean batch, String tier,
      long requests, TokenUsage u) {
    ObjectNode r = JSON.createObjectNode().put("object", "organization.usage.completions.result")
        .put("input_tokens", u.inputTokens())
        .put("input_cached_tokens", u.cachedInputTokens())
        .put("input_cache_write_tokens", u.cacheWrite5mTokens() + u.cacheWrite1hTokens())
        .put("input_uncached_tokens", u.uncachedInputTokens())
        .put("output_tokens", u.outputTokens())
        .put("num_model_requests", requests);
    r.putNull("project_id");
    r.putNull("user_id");
    return r.put("api_key_id", key).put("model", model).put("batch", batch)
        .put("service_tier", tier);
  }

  static ObjectNode openAiCost(String model, int tokenClass, BigDecimal usd) {
    ObjectNode r = JSON.createObjectNode().put("object", "organization.costs.result");
    r.putObject("amount").put("value", plain(usd)).put("currency", "usd");
    r.put("line_item", model + ", " + OPENAI_CLASSES[tokenClass]);
    r.putNull("project_id");
    r.putNull("api_key_id");
    return r;
  }

  static ObjectNode anthropicUsage(String model, String key, String tier, TokenUsage u,
      long webSearches) {
    ObjectNode r = JSON.createObjectNode()
        .put("uncached_input_tokens", u.uncachedInputTokens())
        .put("cache_read_input_tokens", u.cachedInputTokens());
    r.putObject("cache_creation").put("ephemeral_5m_input_tokens", u.cacheWrite5mTokens())
        .put("ephemeral_1h_input_tokens", u.cacheWrite1hTokens());
    r.put("output_tokens", u.outputTokens());
    r.putObject("server_tool_use").put("web_search_requests", webSearches);
    r.put("api_key_id", key).put("model", model).put("service_tier", tier);
    r.putNull("workspace_id");
    r.putNull("context_window");
    return r;
  }

  /** A cost line; {@code tokenType} null for a cost outside tokens of {@code costType}. */
  static ObjectNode anthropicCost(String model, String costType, String tokenType,
      BigDecimal usd) {
    ObjectNode r = JSON.createObjectNode().put("currency", "USD")
        .put("amount", usd.movePointRight(2).stripTrailingZeros().toPlainString())
        .put("cost_type", costType).put("model", model)
        .put("description", model + " " + (tokenType == null ? costType : tokenType));
    r.put("token_type", tokenType);
    r.putNull("workspace_id");
    r.putNull("service_tier");
    r.putNull("context_window");
    return r;
  }

  private static BigDecimal plain(BigDecimal usd) {
    BigDecimal stripped = usd.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

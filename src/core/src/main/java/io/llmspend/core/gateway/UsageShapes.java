package io.llmspend.core.gateway;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes token counts as the provider-native {@code response} object of a request-log record
 * (docs/request-log-format.md), so a gateway or trace record goes through the same usage
 * normalization as a logged call: Anthropic shape for {@code anthropic} and {@code bedrock}
 * (disjoint input classes), Gemini {@code usageMetadata} for {@code google}, OpenAI chat shape
 * for every other provider (cached and cache writes inside {@code prompt_tokens}, the writes as
 * {@code cache_write_tokens}, which OpenAI has at one TTL only).
 */
final class UsageShapes {
  private UsageShapes() {}

  /**
   * @param uncached input tokens not read from or written to a cache
   * @param cached input tokens read from the cache
   * @param write5m input tokens written to a 5-minute cache
   * @param write1h input tokens written to a 1-hour cache
   * @param output output tokens, reasoning included
   * @param reasoning reasoning tokens (part of output)
   */
  static ObjectNode response(String provider, long uncached, long cached, long write5m,
      long write1h, long output, long reasoning) {
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    switch (provider) {
      case "anthropic", "bedrock" -> {
        ObjectNode u = response.putObject("usage").put("input_tokens", uncached)
            .put("cache_read_input_tokens", cached)
            .put("cache_creation_input_tokens", write5m + write1h).put("output_tokens", output);
        if (reasoning > 0) {
          u.putObject("output_tokens_details").put("thinking_tokens", reasoning);
        }
        u.putObject("cache_creation").put("ephemeral_5m_input_tokens", write5m)
            .put("ephemeral_1h_input_tokens", write1h);
      }
      case "google" -> response.putObject("usageMetadata")
          .put("promptTokenCount", uncached + cached + write5m + write1h)
          .put("cachedContentTokenCount", cached)
          .put("candidatesTokenCount", output - reasoning).put("thoughtsTokenCount", reasoning);
      default -> {
        ObjectNode u = response.putObject("usage")
            .put("prompt_tokens", uncached + cached + write5m + write1h)
            .put("completion_tokens", output)
            .put("total_tokens", uncached + cached + write5m + write1h + output);
        u.putObject("prompt_tokens_details").put("cached_tokens", cached)
            .put("cache_write_tokens", write5m + write1h);
        u.putObject("completion_tokens_details").put("reasoning_tokens", reasoning);
      }
    }
    return response;
  }

  /**
   * Puts a {@code server_tool_use} object ({@code <tool>_requests} counts) into the usage object
   * of {@code response}, where the usage normalization reads it; nothing when it is not an object.
   */
  static void serverToolUse(ObjectNode response, com.fasterxml.jackson.databind.JsonNode tools) {
    if (!tools.isObject() || tools.isEmpty()) {
      return;
    }
    ObjectNode usage = (ObjectNode) (response.has("usage")
        ? response.get("usage") : response.get("usageMetadata"));
    usage.set("server_tool_use", tools.deepCopy());
  }
}

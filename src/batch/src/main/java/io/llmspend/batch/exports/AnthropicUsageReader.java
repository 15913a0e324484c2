package io.llmspend.batch.exports;

import static io.llmspend.core.json.JsonFields.text;
import static io.llmspend.core.json.JsonFields.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.pricing.TokenUsage;
import java.time.Instant;

/**
 * Reads one result of the Anthropic Admin API messages usage report ({@code GET
 * /v1/organizations/usage_report/messages}; FORMATS.md §2.3, field names from
 * platform.claude.com/docs/en/api/admin/usage_report/retrieve_messages and the claude-cookbooks
 * {@code observability/usage_cost_api.ipynb}, 4b36a1e of 2025-09-17).
 *
 * <p>The input classes are disjoint: {@code uncached_input_tokens}, {@code
 * cache_read_input_tokens}, {@code cache_creation.ephemeral_5m_input_tokens} and {@code
 * ephemeral_1h_input_tokens}. The report counts no requests ({@link UsageBucket#requests()} is
 * {@code null}). {@code service_tier: batch} is batch usage.
 */
final class AnthropicUsageReader {
  static final String KIND = "anthropic_usage";

  private AnthropicUsageReader() {}

  static UsageBucket read(Instant start, Instant end, JsonNode r, long record)
      throws BadRecordException {
    JsonNode creation = r.path("cache_creation");
    TokenUsage usage = new TokenUsage(tokens(r, "uncached_input_tokens", true),
        tokens(r, "cache_read_input_tokens", false),
        tokens(creation, "ephemeral_5m_input_tokens", false),
        tokens(creation, "ephemeral_1h_input_tokens", false),
        tokens(r, "output_tokens", true), 0);
    String tier = text(r, "service_tier");
    return new UsageBucket("anthropic", start, end, text(r, "workspace_id"), null,
        text(r, "api_key_id"), text(r, "model"), tier == null ? null : "batch".equals(tier),
        tier, text(r, "context_window"), null, usage,
        tokens(r.path("server_tool_use"), "web_search_requests", false), record);
  }
}

package io.llmspend.core.gateway;

import static io.llmspend.core.json.JsonFields.wholeNumberOrText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a LiteLLM proxy {@code LiteLLM_SpendLogs} row (JSON, JSONL or CSV export; columns of
 * BerriAI/litellm {@code schema.prisma}, stored commit 029f645f, FORMATS.md §3.1) onto a
 * request-log record: {@code request_id}, {@code startTime} (timestamp), {@code
 * custom_llm_provider} ({@code azure} -> azure_openai, {@code vertex_ai} and {@code gemini} ->
 * google), {@code model}, {@code user} (else {@code end_user}), team from {@code
 * metadata.user_api_key_team_alias} (else {@code team_id}), API key from {@code
 * metadata.user_api_key_alias} (else the hashed {@code api_key}), {@code status} ({@code
 * failure} -> 500), {@code request_duration_ms} (else end - start), {@code messages} as the
 * request body when payload logging kept them.
 *
 * <p>Tokens: {@code prompt_tokens} and {@code completion_tokens}; from {@code
 * metadata.additional_usage_values} (LiteLLM's {@code Usage} less those two): cache reads
 * ({@code cache_read_input_tokens} or {@code prompt_tokens_details.cached_tokens}), cache writes
 * ({@code cache_creation_input_tokens} or {@code prompt_tokens_details.cache_creation_tokens})
 * split by TTL with {@code prompt_tokens_details.cache_creation_token_details} ({@code
 * PromptTokensDetailsWrapper}), reasoning from {@code completion_tokens_details.reasoning_tokens}.
 * For OpenAI-style providers the cache tokens are inside {@code prompt_tokens}; for Claude models
 * see {@link #claudeUncached}. Any other count there is noted as not understood. A response-cache
 * hit ({@code cache_hit} true) never reached the provider: it is marked so and costs $0.
 * LiteLLM's own {@code spend} is not used: llmspend prices the call itself.
 */
final class LiteLlmSpendLog {
  private static final Map<String, String> PROVIDERS = Map.of("azure", "azure_openai",
      "azure_ai", "azure_openai", "vertex_ai", "google", "gemini", "google");

  private LiteLlmSpendLog() {}

  /** Whether {@code record} is a SpendLogs row. */
  static boolean accepts(JsonNode record) {
    return record.has("startTime") && record.has("spend") && record.has("prompt_tokens");
  }

  static ObjectNode toRequestLog(JsonNode r) throws BadRecordException {
    JsonNode metadata = GatewayRecords.object(r.path("metadata"));
    String logged = JsonFields.text(r, "custom_llm_provider");
    String model = JsonFields.text(r, "model");
    String provider = logged == null ? GatewayFields.providerOfModel(model)
        : PROVIDERS.getOrDefault(logged, logged);
    ObjectNode out = JsonNodeFactory.instance.objectNode()
        .put("request_id", JsonFields.text(r, "request_id"))
        .put("timestamp", GatewayFields.timestamp(r, "startTime"))
        .put("provider", provider).put("model", model)
        .put("team", first(metadata, "user_api_key_team_alias", r, "team_id"))
        .put("user", first(r, "user", r, "end_user"))
        .put("api_key_id", first(metadata, "user_api_key_alias", r, "api_key"))
        .put("status", "failure".equalsIgnoreCase(JsonFields.text(r, "status")) ? 500 : 200)
        .put("latency_ms", latency(r));
    JsonNode messages = GatewayRecords.object(r.path("messages"));
    if (messages.isArray() && !messages.isEmpty()) {
      out.putObject("request").put("model", model).set("messages", messages);
    }
    ArrayNode notes = JsonNodeFactory.instance.arrayNode();
    JsonNode extra = GatewayRecords.object(metadata.path("additional_usage_values"));
    ObjectNode response = usage(provider, model, r, extra, notes);
    UsageShapes.serverToolUse(response, extra.path("server_tool_use"));
    out.set("response", response);
    if (!notes.isEmpty()) {
      out.set(GatewayRecords.USAGE_NOTES, notes);
    }
    if (cacheHit(r)) {
      out.put(GatewayRecords.RESPONSE_CACHE_HIT, true);
    }
    return out;
  }

  /** Counts of {@code additional_usage_values} that the rules below price (or split). */
  private static final Set<String> KNOWN_EXTRA = Set.of("cache_read_input_tokens",
      "cache_creation_input_tokens", "prompt_tokens_details.cached_tokens",
      "prompt_tokens_details.cache_creation_tokens", "prompt_tokens_details.cache_write_tokens",
      "prompt_tokens_details.cache_creation_token_details.ephemeral_5m_input_tokens",
      "prompt_tokens_details.cache_creation_token_details.ephemeral_1h_input_tokens",
      "cache_creation_token_details.ephemeral_5m_input_tokens",
      "cache_creation_token_details.ephemeral_1h_input_tokens",
      "prompt_tokens_details.text_tokens", "prompt_tokens_details.image_tokens",
      "completion_tokens_details.reasoning_tokens", "completion_tokens_details.text_tokens",
      "completion_tokens_details.accepted_prediction_tokens",
      "completion_tokens_details.rejected_prediction_tokens");

  /** The note of a row whose prompt_tokens may or may not hold its cache writes. */
  static final String AMBIGUOUS_PROMPT = "LiteLLM prompt_tokens may include the cache writes"
      + " (depends on the LiteLLM version): priced as excluding them, an upper bound";

  private static ObjectNode usage(String provider, String model, JsonNode r, JsonNode extra,
      ArrayNode notes) throws BadRecordException {
    long prompt = wholeNumberOrText(r, "prompt_tokens");
    long output = wholeNumberOrText(r, "completion_tokens");
    JsonNode details = extra.path("prompt_tokens_details");
    long read = Math.max(wholeNumberOrText(extra, "cache_read_input_tokens"),
        wholeNumberOrText(details, "cached_tokens"));
    long write = Math.max(wholeNumberOrText(extra, "cache_creation_input_tokens"),
        Math.max(wholeNumberOrText(details, "cache_creation_tokens"),
            wholeNumberOrText(details, "cache_write_tokens")));
    JsonNode ttl = details.path("cache_creation_token_details").isObject()
        ? details.path("cache_creation_token_details")
        : extra.path("cache_creation_token_details");
    long write1h = wholeNumberOrText(ttl, "ephemeral_1h_input_tokens");
    long write5m = wholeNumberOrText(ttl, "ephemeral_5m_input_tokens");
    if (write == 0) {
      write = write5m + write1h;
    } else if (write5m + write1h > write) {
      throw new BadRecordException("cache_creation_token_details " + (write5m + write1h)
          + " exceed the cache writes " + write);
    }
    long reasoning = wholeNumberOrText(extra.path("completion_tokens_details"),
        "reasoning_tokens");
    if (reasoning > output) {
      throw new BadRecordException("reasoning_tokens " + reasoning + " exceed completion_tokens "
          + output);
    }
    UsageNotes.unknownKeys(extra, KNOWN_EXTRA).forEach(notes::add);
    if (!isClaude(provider, model)) {
      if (read + write > prompt) {
        throw new BadRecordException("cache tokens " + (read + write)
            + " exceed prompt_tokens " + prompt);
      }
      return UsageShapes.response(provider, prompt - read - write, read, write - write1h,
          write1h, output, reasoning);
    }
    long uncached = claudeUncached(prompt, read, write, details, notes);
    return UsageShapes.response("anthropic", uncached, read, write - write1h, write1h, output,
        reasoning);
  }

  /**
   * The uncached input of a Claude row. LiteLLM's Anthropic transformation ({@code
   * litellm/llms/anthropic/chat/transformation.py}, {@code calculate_usage}) has set {@code
   * prompt_tokens} to {@code input_tokens + cache_read + cache_creation} (2024 and again in
   * 2026 versions, which also log {@code prompt_tokens_details.text_tokens} = Anthropic's {@code
   * input_tokens}) and, in 2025 versions, to {@code input_tokens + cache_read} only. So: with
   * {@code text_tokens} the sum decides; when the cache tokens exceed {@code prompt_tokens} only
   * the cache-read-only reading fits (or none, then {@code prompt_tokens} is the uncached input);
   * without writes both readings agree; otherwise the row is ambiguous and priced as the reading
   * that bills more (writes outside {@code prompt_tokens}), with a note.
   */
  private static long claudeUncached(long prompt, long read, long write, JsonNode details,
      ArrayNode notes) throws BadRecordException {
    if (details.hasNonNull("text_tokens")) {
      long text = wholeNumberOrText(details, "text_tokens");
      if (text + read + write == prompt || text + read == prompt) {
        return text;
      }
    }
    if (read > prompt) {
      return prompt;
    }
    if (write > 0 && read + write <= prompt) {
      notes.add(AMBIGUOUS_PROMPT);
    }
    return prompt - read;
  }

  private static boolean isClaude(String provider, String model) {
    return "anthropic".equals(provider)
        || (model != null && model.toLowerCase(Locale.ROOT).contains("claude"));
  }

  /** LiteLLM's response cache answered ({@code cache_hit} true, text in CSV exports). */
  private static boolean cacheHit(JsonNode r) {
    JsonNode hit = r.path("cache_hit");
    return hit.asBoolean(false) || "true".equalsIgnoreCase(hit.asText().strip());
  }

  private static Long latency(JsonNode r) throws BadRecordException {
    long duration = wholeNumberOrText(r, "request_duration_ms");
    if (duration > 0 || JsonFields.text(r, "endTime") == null) {
      return duration > 0 ? duration : null;
    }
    return Duration.between(GatewayFields.instant(JsonFields.text(r, "startTime"), "startTime"),
        GatewayFields.instant(JsonFields.text(r, "endTime"), "endTime")).toMillis();
  }

  private static String first(JsonNode a, String fieldA, JsonNode b, String fieldB) {
    String value = JsonFields.text(a, fieldA);
    return value != null ? value : JsonFields.text(b, fieldB);
  }
}

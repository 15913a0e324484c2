package io.llmspend.core.gateway;

import static io.llmspend.core.json.JsonFields.wholeNumberOrText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.time.Duration;
import java.util.Map;

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
 * <p>Tokens: {@code prompt_tokens} and {@code completion_tokens} are OpenAI-style for every
 * provider; cache reads and writes come from {@code metadata.additional_usage_values}
 * ({@code cache_read_input_tokens}, {@code cache_creation_input_tokens}, or OpenAI {@code
 * prompt_tokens_details.cached_tokens}) and are taken to be inside {@code prompt_tokens}, which
 * is unverified for Anthropic (FORMATS.md §6). LiteLLM's own {@code spend} is not used: llmspend
 * prices the call itself.
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
    out.set("response", usage(provider, r, GatewayRecords.object(
        metadata.path("additional_usage_values"))));
    return out;
  }

  private static ObjectNode usage(String provider, JsonNode r, JsonNode extra) throws BadRecordException {
    long prompt = wholeNumberOrText(r, "prompt_tokens");
    long read = Math.max(wholeNumberOrText(extra, "cache_read_input_tokens"),
        wholeNumberOrText(extra.path("prompt_tokens_details"), "cached_tokens"));
    long write = wholeNumberOrText(extra, "cache_creation_input_tokens");
    if (read + write > prompt) {
      throw new BadRecordException("cache tokens " + (read + write)
          + " exceed prompt_tokens " + prompt);
    }
    return UsageShapes.response(provider, prompt - read - write, read, write, 0,
        wholeNumberOrText(r, "completion_tokens"), 0);
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

package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Builds one request-log line ({@code docs/request-log-format.md}) for a tracked call: the
 * reservation's attribution and timestamp (the instant the guard priced), the request body, the
 * usage holder, status and latency. Every line has a {@code request_id}: the provider's, else
 * {@code llmspend-<reservation id>}, so the nightly job's key is stable whatever the file is
 * called (a file gzipped on roll is not loaded twice).
 */
final class RequestLine {
  /** The {@code usage_source} of a stream cut short: usage re-counted from what was received. */
  static final String STREAM_CUT = "stream_cut_recount";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RequestLine() {}

  /**
   * @param requestId the provider's id, or {@code null}
   * @param response the usage holder ({@code {"usage": ...}}), or {@code null} when no usage
   * @param serviceTier the tier to log, or {@code null}
   * @param usageSource {@link #STREAM_CUT}, or {@code null}
   */
  static ObjectNode of(Reservation r, JsonNode request, String requestId, JsonNode response,
      String serviceTier, int status, long latencyMs, String usageSource) {
    CallInfo c = r.call();
    ObjectNode line = F.objectNode();
    line.put("request_id", requestId != null ? requestId : "llmspend-" + r.id());
    line.put("timestamp", r.timestamp().toString());
    line.put("provider", c.provider());
    line.put("model", c.model());
    putIf(line, "team", c.team());
    putIf(line, "function", c.function());
    putIf(line, "user", c.user());
    putIf(line, "api_key_id", c.apiKeyId());
    putIf(line, "project", c.project());
    if (!c.tags().isEmpty()) {
      ObjectNode tags = line.putObject("tags");
      for (Map.Entry<String, String> t : c.tags().entrySet()) {
        tags.put(t.getKey(), t.getValue());
      }
    }
    if (c.batch()) {
      line.put("batch", true);
    }
    putIf(line, "service_tier", serviceTier != null ? serviceTier : c.serviceTier());
    if (request != null && request.isObject()) {
      line.set("request", request);
    }
    if (response != null) {
      line.set("response", response);
    }
    line.put("status", status);
    line.put("latency_ms", latencyMs);
    putIf(line, "usage_source", usageSource);
    return line;
  }

  /** The usage holder of a provider response: its usage object(s), id and tier, no content. */
  static JsonNode usageHolder(JsonNode response) {
    ObjectNode holder = F.objectNode();
    for (String field : new String[] {"id", "responseId", "model", "service_tier", "usage",
        "usageMetadata"}) {
      if (response.hasNonNull(field)) {
        holder.set(field, response.get(field));
      }
    }
    return holder.has("usage") || holder.has("usageMetadata") ? holder : response.deepCopy();
  }

  /** The provider's id of a response: {@code id} (OpenAI, Anthropic), Gemini {@code responseId}. */
  static String idOf(JsonNode response) {
    if (response == null) {
      return null;
    }
    JsonNode id = response.hasNonNull("id") ? response.get("id") : response.get("responseId");
    return id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
  }

  private static void putIf(ObjectNode line, String field, String value) {
    if (value != null) {
      line.put(field, value);
    }
  }
}

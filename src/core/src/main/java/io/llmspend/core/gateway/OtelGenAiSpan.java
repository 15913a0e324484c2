package io.llmspend.core.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Maps an OpenTelemetry GenAI call span (expanded from OTLP/JSON by the ingest step as {@code
 * {"otel_span": {traceId, spanId, name, startTimeUnixNano, endTimeUnixNano, statusCode,
 * attributes, resource}}}) onto a request-log record, per the GenAI semantic conventions
 * (open-telemetry/semantic-conventions {@code docs/registry/attributes/gen-ai.md}, v1.37-v1.40,
 * FORMATS.md §3.4), current and older attribute names.
 *
 * <ul>
 *   <li>request id: {@code gen_ai.response.id} (the provider's id: the same span exported twice
 *       is one call), else {@code traceId:spanId}; timestamp: {@code startTimeUnixNano}; latency:
 *       end - start; status 500 when the span status is ERROR or {@code error.type} is set.
 *   <li>provider: {@code gen_ai.provider.name}, else the deprecated {@code gen_ai.system}
 *       ({@code aws.bedrock} -> bedrock, {@code azure.ai.openai} -> azure_openai, {@code gcp.*}
 *       -> google), else from the model; model: {@code gen_ai.response.model}, else {@code
 *       gen_ai.request.model}.
 *   <li>attribution: the attributes {@link OtelAttributes} names (by default team {@code
 *       llmspend.team}, function {@code llmspend.function}, else {@code service.name}, user
 *       {@code llmspend.user}, else {@code user.id} / {@code enduser.id}); span attributes win
 *       over resource attributes.
 *   <li>tokens: {@code gen_ai.usage.input_tokens} (else {@code gen_ai.usage.prompt_tokens})
 *       includes the cache reads ({@code gen_ai.usage.cache_read.input_tokens}, older {@code
 *       gen_ai.usage.cache_read_input_tokens}) and writes ({@code
 *       gen_ai.usage.cache_creation.input_tokens}, older {@code
 *       gen_ai.usage.cache_creation_input_tokens}) per the convention; when they exceed it the
 *       instrumentation reported Anthropic's own {@code input_tokens} (without them), which is
 *       then the uncached input. Output {@code gen_ai.usage.output_tokens} (else {@code
 *       completion_tokens}) includes {@code gen_ai.usage.reasoning.output_tokens}. Any other
 *       {@code gen_ai.usage.*} count is noted as not understood.
 * </ul>
 */
final class OtelGenAiSpan {
  static final String FIELD = "otel_span";
  private static final Map<String, String> PROVIDERS = Map.of("aws.bedrock", "bedrock",
      "azure.ai.openai", "azure_openai", "az.ai.openai", "azure_openai", "gcp.gemini", "google",
      "gcp.vertex_ai", "google", "gcp.gen_ai", "google", "vertex_ai", "google", "gemini",
      "google");
  private static final Set<String> USAGE_KEYS = Set.of("gen_ai.usage.input_tokens",
      "gen_ai.usage.prompt_tokens", "gen_ai.usage.output_tokens",
      "gen_ai.usage.completion_tokens", "gen_ai.usage.total_tokens",
      "gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens",
      "gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.cache_creation_input_tokens",
      "gen_ai.usage.reasoning.output_tokens", "gen_ai.usage.reasoning_tokens");

  private OtelGenAiSpan() {}

  static boolean accepts(JsonNode record) {
    return record.path(FIELD).isObject();
  }

  static ObjectNode toRequestLog(JsonNode record, OtelAttributes who)
      throws BadRecordException {
    JsonNode span = record.path(FIELD);
    JsonNode a = span.path("attributes");
    JsonNode res = span.path("resource");
    String model = first(a, "gen_ai.response.model", "gen_ai.request.model");
    if (model == null) {
      throw new BadRecordException("GenAI span without gen_ai.request.model");
    }
    String system = first(a, "gen_ai.provider.name", "gen_ai.system");
    String provider = system == null ? GatewayFields.providerOfModel(model)
        : PROVIDERS.getOrDefault(system, system);
    long start = nanos(span, "startTimeUnixNano");
    if (start <= 0) {
      throw new BadRecordException("GenAI span without startTimeUnixNano");
    }
    String responseId = JsonFields.text(a, "gen_ai.response.id");
    ObjectNode out = JsonNodeFactory.instance.objectNode()
        .put("request_id", responseId != null ? responseId
            : JsonFields.text(span, "traceId") + ":" + JsonFields.text(span, "spanId"))
        .put("timestamp", Instant.ofEpochSecond(0, start).toString())
        .put("provider", provider).put("model", model)
        .put("team", firstOf(a, res, who.team()))
        .put("function", firstOf(a, res, who.function()))
        .put("user", firstOf(a, res, who.user()))
        .put("status", "2".equals(span.path("statusCode").asText())
            || "STATUS_CODE_ERROR".equals(span.path("statusCode").asText())
            || a.has("error.type") ? 500 : 200);
    long end = nanos(span, "endTimeUnixNano");
    if (end > start) {
      out.put("latency_ms", (end - start) / 1_000_000);
    }
    String tier = first(a, "openai.response.service_tier", "gen_ai.openai.response.service_tier");
    if (tier != null) {
      out.put("service_tier", tier);
    }
    ArrayNode notes = JsonNodeFactory.instance.arrayNode();
    out.set("response", usage(provider, a, notes));
    if (!notes.isEmpty()) {
      out.set(GatewayRecords.USAGE_NOTES, notes);
    }
    return out;
  }

  private static ObjectNode usage(String provider, JsonNode a, ArrayNode notes)
      throws BadRecordException {
    long input = count(a, "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens");
    long output = count(a, "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens");
    long read = count(a, "gen_ai.usage.cache_read.input_tokens",
        "gen_ai.usage.cache_read_input_tokens");
    long write = count(a, "gen_ai.usage.cache_creation.input_tokens",
        "gen_ai.usage.cache_creation_input_tokens");
    long reasoning = count(a, "gen_ai.usage.reasoning.output_tokens",
        "gen_ai.usage.reasoning_tokens");
    if (reasoning > output) {
      throw new BadRecordException("gen_ai.usage reasoning " + reasoning + " exceeds output "
          + output);
    }
    for (var it = a.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (key.startsWith("gen_ai.usage.") && !USAGE_KEYS.contains(key)
          && a.get(key).asDouble(0) > 0) {
        notes.add(UsageNotes.notUnderstood(key));
      }
    }
    long uncached = read + write > input ? input : input - read - write;
    return UsageShapes.response(provider, uncached, read, write, 0, output, reasoning);
  }

  private static long count(JsonNode a, String current, String older)
      throws BadRecordException {
    return a.has(current) ? JsonFields.wholeNumberOrText(a, current)
        : JsonFields.wholeNumberOrText(a, older);
  }

  private static long nanos(JsonNode span, String field) throws BadRecordException {
    return JsonFields.wholeNumberOrText(span, field);
  }

  private static String first(JsonNode a, String field, String other) {
    String value = JsonFields.text(a, field);
    return value != null || other == null ? value : JsonFields.text(a, other);
  }

  /** The first of {@code fields} set on the span, else on its resource. */
  private static String firstOf(JsonNode a, JsonNode resource, java.util.List<String> fields) {
    for (JsonNode node : new JsonNode[] {a, resource}) {
      for (String field : fields) {
        String value = JsonFields.text(node, field);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }
}

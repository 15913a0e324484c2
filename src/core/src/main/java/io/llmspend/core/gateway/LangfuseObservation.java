package io.llmspend.core.gateway;

import static io.llmspend.core.json.JsonFields.wholeNumberOrText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a Langfuse observation (JSON or JSONL export; fields of langfuse/langfuse {@code
 * fern/apis/server/definition/commons.yml}, commit 6275144 of 2026-08-22, FORMATS.md §3.2) onto
 * a request-log record. Only {@code GENERATION} observations are LLM calls; other types are
 * quarantined with their type. {@code id} (request id), {@code startTime}, {@code model} (else
 * {@code providedModelName}), {@code userId}, {@code projectId}, {@code name} (function), {@code
 * level ERROR} -> status 500, latency end - start, {@code input} as messages when it is a list.
 * Langfuse has no provider field: {@code metadata.provider}, else inferred from the model name.
 *
 * <p>Tokens from {@code usageDetails}: Langfuse's SDKs and OTel ingestion subtract every detail
 * key from {@code input} / {@code output}, so the keys are disjoint and add up. Each known key
 * (table {@link #keys}: cache reads, 5-minute, 1-hour and unspecified cache writes, plain and
 * nested, reasoning, predicted-output tokens, Vertex modality keys, priority tokens) goes to its
 * token class; audio and image modality counts are priced at the text rate and noted; any other
 * key with a count is noted {@code usage key not understood}, never dropped silently. Else the
 * deprecated {@code usage.input} / {@code usage.output}. {@code costDetails} is not used.
 */
final class LangfuseObservation {
  private LangfuseObservation() {}

  /** Whether {@code record} is a Langfuse observation. */
  static boolean accepts(JsonNode record) {
    return record.has("traceId") && record.has("type") && record.has("startTime");
  }

  static ObjectNode toRequestLog(JsonNode r) throws BadRecordException {
    String type = JsonFields.text(r, "type");
    if (!"GENERATION".equals(type)) {
      throw new BadRecordException("Langfuse observation of type " + type
          + " is not an LLM call (only GENERATION is)");
    }
    String model = JsonFields.text(r, "model") != null ? JsonFields.text(r, "model")
        : JsonFields.text(r, "providedModelName");
    JsonNode metadata = GatewayRecords.object(r.path("metadata"));
    String provider = JsonFields.text(metadata, "provider") != null
        ? JsonFields.text(metadata, "provider") : GatewayFields.providerOfModel(model);
    ObjectNode out = JsonNodeFactory.instance.objectNode()
        .put("request_id", JsonFields.text(r, "id"))
        .put("timestamp", GatewayFields.timestamp(r, "startTime"))
        .put("provider", provider).put("model", model)
        .put("function", JsonFields.text(r, "name")).put("user", JsonFields.text(r, "userId"))
        .put("project", JsonFields.text(r, "projectId"))
        .put("status", "ERROR".equals(JsonFields.text(r, "level")) ? 500 : 200);
    if (JsonFields.text(r, "endTime") != null) {
      out.put("latency_ms", Duration.between(
          GatewayFields.instant(JsonFields.text(r, "startTime"), "startTime"),
          GatewayFields.instant(JsonFields.text(r, "endTime"), "endTime")).toMillis());
    }
    JsonNode input = GatewayRecords.object(r.path("input"));
    if (input.isArray() && !input.isEmpty()) {
      out.putObject("request").put("model", model).set("messages", input);
    }
    out.set("response", usage(provider, r, out));
    return out;
  }

  private static ObjectNode usage(String provider, JsonNode r, ObjectNode out)
      throws BadRecordException {
    JsonNode d = GatewayRecords.object(r.path("usageDetails"));
    if (!d.isObject() || d.isEmpty()) {
      JsonNode old = r.path("usage");
      return UsageShapes.response(provider, wholeNumberOrText(old, "input"), 0, 0, 0,
          wholeNumberOrText(old, "output"), 0);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    flatten(d, "", counts);
    Map<Kind, Long> sums = new EnumMap<>(Kind.class);
    ArrayNode notes = JsonNodeFactory.instance.arrayNode();
    boolean langChain = false;
    ObjectNode tools = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      String key = e.getKey();
      if (key.endsWith("_requests")) { // web_search_requests, server_tool_use_web_search_requests
        String tool = key.replaceFirst("^server_tool_use_", "");
        tools.put(tool, tools.path(tool).asLong(0) + e.getValue());
        continue;
      }
      Kind kind = KEYS.get(key);
      if (kind == null && (key.equals("input_tokens") || key.equals("output_tokens"))
          && !counts.containsKey(key.substring(0, key.indexOf('_')))) {
        kind = key.startsWith("input") ? Kind.INPUT : Kind.OUTPUT; // raw Anthropic usage
      }
      if (kind == null) {
        if (e.getValue() > 0) {
          notes.add(UsageNotes.notUnderstood("usageDetails." + key));
        }
        continue;
      }
      if (kind == Kind.INPUT_OTHER_RATE || kind == Kind.OUTPUT_OTHER_RATE) {
        if (e.getValue() > 0) {
          notes.add(UsageNotes.notUnderstood("usageDetails." + key + " (priced at the text rate)"));
        }
        kind = kind == Kind.INPUT_OTHER_RATE ? Kind.INPUT : Kind.OUTPUT;
      }
      langChain |= key.startsWith("input_ephemeral_");
      sums.merge(kind, e.getValue(), Long::sum);
    }
    long write5m = sums.getOrDefault(Kind.WRITE_5M, 0L);
    long write1h = sums.getOrDefault(Kind.WRITE_1H, 0L);
    long unspecified = sums.getOrDefault(Kind.WRITE, 0L);
    // a total (Anthropic cache_creation_input_tokens, Langfuse input_cache_creation beside its
    // _5m/_1h split) holds the split; LangChain's input_cache_creation is what the split leaves
    write5m += langChain || unspecified < write5m + write1h
        ? unspecified : unspecified - write5m - write1h;
    long priority = sums.getOrDefault(Kind.PRIORITY_INPUT, 0L)
        + sums.getOrDefault(Kind.PRIORITY_OUTPUT, 0L);
    if (priority > 0) {
      out.put("service_tier", "priority");
      if (sums.getOrDefault(Kind.INPUT, 0L) + sums.getOrDefault(Kind.OUTPUT, 0L) > 0) {
        notes.add("Langfuse usage has standard and priority tokens: all priced at priority,"
            + " an upper bound");
      }
    }
    if (!notes.isEmpty()) {
      out.set(GatewayRecords.USAGE_NOTES, notes);
    }
    long reasoning = sums.getOrDefault(Kind.REASONING, 0L);
    ObjectNode response = UsageShapes.response(provider,
        sums.getOrDefault(Kind.INPUT, 0L) + sums.getOrDefault(Kind.PRIORITY_INPUT, 0L),
        sums.getOrDefault(Kind.READ, 0L), write5m, write1h,
        sums.getOrDefault(Kind.OUTPUT, 0L) + sums.getOrDefault(Kind.PRIORITY_OUTPUT, 0L)
            + reasoning, reasoning);
    UsageShapes.serverToolUse(response, tools);
    return response;
  }

  /** Nested objects as {@code a_b} keys (a dot in a key is read as {@code _} too). */
  private static void flatten(JsonNode node, String prefix, Map<String, Long> counts)
      throws BadRecordException {
    for (var it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      String key = (prefix + e.getKey()).replace('.', '_').toLowerCase(Locale.ROOT);
      if (e.getValue().isObject()) {
        flatten(e.getValue(), key + "_", counts);
      } else if (!e.getValue().isNull()) {
        counts.merge(key, wholeNumberOrText(node, e.getKey()), Long::sum);
      }
    }
  }

  /** What a usageDetails key counts; its tokens are disjoint from every other key's. */
  private enum Kind {
    INPUT, READ, WRITE, WRITE_5M, WRITE_1H, OUTPUT, REASONING, PRIORITY_INPUT, PRIORITY_OUTPUT,
    INPUT_OTHER_RATE, OUTPUT_OTHER_RATE, TOTAL
  }

  private static final Map<String, Kind> KEYS = keys();

  private static Map<String, Kind> keys() {
    Map<String, Kind> k = new LinkedHashMap<>();
    k.put("input", Kind.INPUT);
    k.put("output", Kind.OUTPUT);
    k.put("total", Kind.TOTAL);
    for (String m : List.of("text", "image", "video", "document")) {
      k.put("input_modality_" + m, Kind.INPUT);
      k.put("cached_modality_" + m, Kind.READ);
      k.put("input_cached_modality_" + m, Kind.READ);
    }
    k.put("input_modality_audio", Kind.INPUT_OTHER_RATE);
    k.put("cached_modality_audio", Kind.INPUT_OTHER_RATE);
    k.put("input_audio", Kind.INPUT_OTHER_RATE);
    k.put("input_audio_tokens", Kind.INPUT_OTHER_RATE);
    k.put("input_text_tokens", Kind.INPUT);
    k.put("input_image_tokens", Kind.INPUT);
    k.put("input_tool_use", Kind.INPUT);
    k.put("input_tool_use_prompt", Kind.INPUT);
    k.put("output_modality_text", Kind.OUTPUT);
    k.put("output_text_tokens", Kind.OUTPUT);
    for (String key : List.of("output_modality_audio", "output_modality_image", "output_audio",
        "output_audio_tokens", "output_image_tokens")) {
      k.put(key, Kind.OUTPUT_OTHER_RATE);
    }
    for (String key : List.of("input_cached_tokens", "input_cache_read", "cache_read_input_tokens",
        "input_token_details_cache_read", "input_cached")) {
      k.put(key, Kind.READ);
    }
    for (String key : List.of("input_cache_creation", "input_cache_write",
        "cache_creation_input_tokens", "input_token_details_cache_creation")) {
      k.put(key, Kind.WRITE);
    }
    for (String ttl : List.of("5m", "1h")) {
      Kind kind = ttl.equals("5m") ? Kind.WRITE_5M : Kind.WRITE_1H;
      k.put("input_cache_creation_" + ttl, kind);
      k.put("cache_creation_ephemeral_" + ttl + "_input_tokens", kind);
      k.put("input_ephemeral_" + ttl + "_input_tokens", kind);
      k.put("input_cache_creation_ephemeral_" + ttl + "_input_tokens", kind);
      k.put("input_token_details_ephemeral_" + ttl + "_input_tokens", kind);
    }
    for (String key : List.of("output_reasoning_tokens", "output_reasoning", "reasoning_tokens",
        "output_token_details_reasoning")) {
      k.put(key, Kind.REASONING);
    }
    // OpenAI Predicted Outputs: accepted and rejected tokens are billed as output (FORMATS §1.1)
    for (String key : List.of("output_accepted_prediction_tokens",
        "output_rejected_prediction_tokens", "accepted_prediction_tokens",
        "rejected_prediction_tokens")) {
      k.put(key, Kind.OUTPUT);
    }
    k.put("input_priority", Kind.PRIORITY_INPUT);
    k.put("output_priority", Kind.PRIORITY_OUTPUT);
    return Map.copyOf(k);
  }
}

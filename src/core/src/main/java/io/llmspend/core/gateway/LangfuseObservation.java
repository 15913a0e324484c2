package io.llmspend.core.gateway;

import static io.llmspend.core.json.JsonFields.wholeNumberOrText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.time.Duration;

/**
 * Maps a Langfuse observation (JSON or JSONL export; fields of langfuse/langfuse {@code
 * fern/apis/server/definition/commons.yml}, commit 6275144 of 2026-08-22, FORMATS.md §3.2) onto
 * a request-log record. Only {@code GENERATION} observations are LLM calls; other types are
 * quarantined with their type. {@code id} (request id), {@code startTime}, {@code model} (else
 * {@code providedModelName}), {@code userId}, {@code projectId}, {@code name} (function), {@code
 * level ERROR} -> status 500, latency end - start, {@code input} as messages when it is a list.
 * Langfuse has no provider field: {@code metadata.provider}, else inferred from the model name.
 *
 * <p>Tokens from {@code usageDetails} with the key conventions of Langfuse's OTel ingestion
 * ({@code input} excludes cache reads and writes; {@code output} excludes reasoning): {@code
 * input_cached_tokens} or {@code input_cache_read} (reads), {@code input_cache_creation_5m},
 * {@code input_cache_creation_1h}, else {@code input_cache_creation} or {@code
 * input_cache_write} (5-minute writes), {@code output_reasoning_tokens}; else the deprecated
 * {@code usage.input} / {@code usage.output}. {@code costDetails} is not used.
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
    out.set("response", usage(provider, r));
    return out;
  }

  private static ObjectNode usage(String provider, JsonNode r) throws BadRecordException {
    JsonNode d = GatewayRecords.object(r.path("usageDetails"));
    if (!d.isObject() || d.isEmpty()) {
      JsonNode old = r.path("usage");
      return UsageShapes.response(provider, wholeNumberOrText(old, "input"), 0, 0, 0, wholeNumberOrText(old, "output"), 0);
    }
    long read = wholeNumberOrText(d, "input_cached_tokens") + wholeNumberOrText(d, "input_cache_read");
    long write1h = wholeNumberOrText(d, "input_cache_creation_1h");
    long write5m = wholeNumberOrText(d, "input_cache_creation_5m");
    if (write5m + write1h == 0) {
      write5m = wholeNumberOrText(d, "input_cache_creation") + wholeNumberOrText(d, "input_cache_write");
    }
    long reasoning = wholeNumberOrText(d, "output_reasoning_tokens");
    return UsageShapes.response(provider, wholeNumberOrText(d, "input"), read, write5m, write1h,
        wholeNumberOrText(d, "output") + reasoning, reasoning);
  }
}

package io.llmspend.core.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.time.Instant;

/**
 * Maps a line of a provider's batch results file onto a request-log record priced at batch
 * rates ({@code batch: true}); the custom id is kept as tag {@code custom_id}.
 *
 * <ul>
 *   <li>OpenAI Batch API output file (recognized by {@code custom_id} and {@code response}): the
 *       call is {@code response.body}, a Chat Completions / Responses / Embeddings body with its
 *       {@code usage}; request id = the body's {@code id} (the same id the application would log,
 *       so a call logged twice is one call), else {@code response.request_id}, else the custom
 *       id; day from the body's {@code created} / {@code created_at} (Unix seconds, set by the
 *       provider when the request ran); {@code response.status_code} as status. A line with an
 *       {@code error} and no response is a failed request, not billed.
 *   <li>Anthropic Message Batches results (recognized by {@code custom_id} and {@code result}):
 *       {@code result.type} {@code succeeded} carries {@code result.message} (a Messages
 *       response: {@code id}, {@code model}, {@code usage}); other types ({@code errored}, {@code
 *       canceled}, {@code expired}) are not billed and name no model: quarantined with the
 *       type as reason (as an OpenAI line with an {@code error} and no body). The results carry no time: the
 *       time is the batch's {@code ended_at} (else {@code created_at}) from the batch object
 *       saved beside the file as {@code <name>.batch.json} (the ingest reader gives it to each
 *       line as {@code batch_ended_at}), or from the line itself; else the line is quarantined
 *       saying so.
 * </ul>
 */
final class BatchResults {
  /** The batch's time the ingest reader gives each line from a {@code .batch.json} sidecar. */
  static final String SIDECAR_TIME = "batch_ended_at";

  private BatchResults() {}

  static boolean acceptsOpenAi(JsonNode r) {
    return r.has("custom_id") && (r.has("response") || r.has("error"));
  }

  static boolean acceptsAnthropic(JsonNode r) {
    return r.has("custom_id") && r.path("result").isObject();
  }

  static ObjectNode openAi(JsonNode r) throws BadRecordException {
    JsonNode response = r.path("response");
    JsonNode body = response.path("body");
    if (!body.isObject()) {
      throw new BadRecordException("OpenAI batch line without a response body (error: "
          + JsonFields.text(r.path("error"), "code") + "): not billed, nothing to load");
    }
    long created = body.path("created").asLong(body.path("created_at").asLong(0));
    if (created <= 0) {
      throw new BadRecordException("OpenAI batch response body without created time");
    }
    String id = firstText(body, "id", response, "request_id");
    ObjectNode out = JsonNodeFactory.instance.objectNode()
        .put("request_id", id != null ? id : JsonFields.text(r, "custom_id"))
        .put("timestamp", Instant.ofEpochSecond(created).toString())
        .put("provider", "openai")
        .put("model", JsonFields.text(body, "model"))
        .put("batch", true)
        .put("status", response.path("status_code").asInt(200));
    out.putObject("tags").put("custom_id", JsonFields.text(r, "custom_id"));
    out.set("response", body.deepCopy());
    return out;
  }

  static ObjectNode anthropic(JsonNode r) throws BadRecordException {
    JsonNode result = r.path("result");
    JsonNode message = result.path("message");
    String field = r.hasNonNull(SIDECAR_TIME) ? SIDECAR_TIME
        : r.hasNonNull("ended_at") ? "ended_at" : "created_at";
    if (JsonFields.text(r, field) == null) {
      throw new BadRecordException("Anthropic batch result without a time: put the batch object"
          + " (with ended_at) beside the file as <name>.batch.json (docs/request-log-format.md)");
    }
    if (!"succeeded".equals(JsonFields.text(result, "type"))) {
      throw new BadRecordException("Anthropic batch result " + JsonFields.text(result, "type")
          + ": not billed, nothing to load");
    }
    boolean succeeded = true;
    String model = JsonFields.text(message, "model");
    ObjectNode out = JsonNodeFactory.instance.objectNode()
        .put("request_id", succeeded && JsonFields.text(message, "id") != null
            ? JsonFields.text(message, "id") : JsonFields.text(r, "custom_id"))
        .put("timestamp", GatewayFields.timestamp(r, field))
        .put("provider", "anthropic")
        .put("model", model != null ? model : JsonFields.text(r, "model"))
        .put("batch", true)
        .put("status", succeeded ? 200 : 500);
    out.putObject("tags").put("custom_id", JsonFields.text(r, "custom_id"));
    out.set("response", message.deepCopy());
    return out;
  }

  private static String firstText(JsonNode a, String fieldA, JsonNode b, String fieldB) {
    String value = JsonFields.text(a, fieldA);
    return value != null ? value : JsonFields.text(b, fieldB);
  }
}

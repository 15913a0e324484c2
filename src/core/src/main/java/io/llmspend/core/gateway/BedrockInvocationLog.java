package io.llmspend.core.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;

/**
 * Maps an AWS Bedrock model invocation log record (the JSON Bedrock delivers to CloudWatch Logs
 * or S3, {@code schemaType} {@code ModelInvocationLog}; FORMATS.md §1.5, sample
 * {@code bedrock-model-invocation-log.json}) onto a request-log record: {@code requestId} (the
 * call's request id), {@code timestamp}, provider {@code bedrock}, {@code modelId} (a base id, a
 * cross-Region profile or an ARN, read by the model catalog), the IAM principal {@code
 * identity.arn} as user and API key (an attribution rule of kind {@code api_key} maps it to a team
 * or function), {@code accountId} as project, {@code requestMetadata} as tags, {@code
 * input.inputBodyJson} as the request body when it holds {@code messages}.
 *
 * <p>Tokens: {@code input.inputTokenCount} (without cache reads and writes, as Converse),
 * {@code input.cacheReadInputTokenCount}, {@code input.cacheWriteInputTokenCount}, {@code
 * output.outputTokenCount}; an Anthropic response body ({@code output.outputBodyJson.usage})
 * adds the 1-hour share of the writes ({@code cache_creation.ephemeral_1h_input_tokens}) and its
 * {@code server_tool_use} requests.
 */
final class BedrockInvocationLog {
  private BedrockInvocationLog() {}

  /** Whether {@code record} is a Bedrock model invocation log record. */
  static boolean accepts(JsonNode record) {
    return "ModelInvocationLog".equals(JsonFields.text(record, "schemaType"))
        || (record.has("modelId") && record.has("requestId") && record.path("input").has(
            "inputTokenCount"));
  }

  static ObjectNode toRequestLog(JsonNode r) throws BadRecordException {
    String principal = JsonFields.text(r.path("identity"), "arn");
    ObjectNode out = JsonNodeFactory.instance.objectNode()
        .put("request_id", JsonFields.text(r, "requestId"))
        .put("timestamp", GatewayFields.timestamp(r, "timestamp"))
        .put("provider", "bedrock")
        .put("model", JsonFields.text(r, "modelId"))
        .put("user", principal).put("api_key_id", principal)
        .put("project", JsonFields.text(r, "accountId"));
    JsonNode tags = r.path("requestMetadata");
    if (tags.isObject() && !tags.isEmpty()) {
      out.set("tags", tags.deepCopy());
    }
    JsonNode body = r.path("input").path("inputBodyJson");
    if (body.isObject() && body.path("messages").isArray()) {
      out.set("request", body.deepCopy());
    }
    JsonNode in = r.path("input");
    JsonNode answer = r.path("output").path("outputBodyJson");
    JsonNode anthropicUsage = answer.isArray() ? lastUsage((ArrayNode) answer)
        : answer.path("usage");
    long writes = JsonFields.wholeNumberOrText(in, "cacheWriteInputTokenCount");
    long writes1h = JsonFields.wholeNumberOrText(anthropicUsage.path("cache_creation"),
        "ephemeral_1h_input_tokens");
    ObjectNode usage = out.putObject("response").putObject("usage")
        .put("inputTokens", JsonFields.wholeNumberOrText(in, "inputTokenCount"))
        .put("outputTokens", JsonFields.wholeNumberOrText(r.path("output"), "outputTokenCount"))
        .put("cacheReadInputTokens", JsonFields.wholeNumberOrText(in, "cacheReadInputTokenCount"))
        .put("cacheWriteInputTokens", writes);
    if (writes1h > 0) {
      usage.putArray("cacheDetails").addObject().put("ttl", "1h").put("inputTokens", writes1h);
    }
    if (anthropicUsage.path("server_tool_use").isObject()) {
      usage.set("server_tool_use", anthropicUsage.get("server_tool_use").deepCopy());
    }
    return out;
  }

  /** The usage of the last stream chunk that has one (message_delta carries the totals). */
  private static JsonNode lastUsage(ArrayNode chunks) {
    JsonNode found = JsonNodeFactory.instance.objectNode();
    for (JsonNode chunk : chunks) {
      JsonNode usage = chunk.path("usage").isObject() ? chunk.path("usage")
          : chunk.path("message").path("usage");
      if (usage.isObject()) {
        found = usage;
      }
    }
    return found;
  }
}

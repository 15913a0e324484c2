package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the chunks of a streamed response: the text received so far (for the re-count of a stream
 * cut short), the provider's id and tier, and the usage of the final chunk. Shapes: OpenAI chat
 * chunks ({@code choices[].delta}, usage on the last chunk with {@code
 * stream_options.include_usage}), OpenAI Responses events ({@code response.output_text.delta},
 * {@code response.completed}), Anthropic events ({@code message_start} input usage, {@code
 * content_block_delta}, {@code message_delta} output usage). Not thread-safe: one stream is
 * read by one thread at a time.
 */
final class StreamAccumulator {
  private final StringBuilder text = new StringBuilder();
  private String id;
  private String tier;
  private ObjectNode usage;
  private boolean finalUsage;
  private long chunks;

  void accept(JsonNode chunk) {
    if (chunk == null || !chunk.isObject()) {
      return;
    }
    chunks++;
    String type = chunk.path("type").asText("");
    switch (type) {
      case "message_start" -> anthropicStart(chunk.path("message"));
      case "content_block_delta" -> anthropicDelta(chunk.path("delta"));
      case "message_delta" -> merge(chunk.path("usage"), true);
      case "response.output_text.delta", "response.function_call_arguments.delta" ->
          text.append(chunk.path("delta").asText(""));
      case "response.completed", "response.incomplete" -> responsesDone(chunk.path("response"));
      default -> openAiChunk(chunk);
    }
  }

  void received(String more) {
    chunks++;
    if (more != null) {
      text.append(more);
    }
  }

  private void anthropicStart(JsonNode message) {
    id = textOr(message.path("id"), id);
    merge(message.path("usage"), false);
  }

  private void anthropicDelta(JsonNode delta) {
    for (String field : new String[] {"text", "partial_json", "thinking"}) {
      text.append(delta.path(field).asText(""));
    }
  }

  private void responsesDone(JsonNode response) {
    id = textOr(response.path("id"), id);
    tier = textOr(response.path("service_tier"), tier);
    if (response.path("usage").isObject()) {
      usage = response.get("usage").deepCopy();
      finalUsage = true;
    }
  }

  private void openAiChunk(JsonNode chunk) {
    id = textOr(chunk.path("id"), id);
    tier = textOr(chunk.path("service_tier"), tier);
    for (JsonNode choice : chunk.path("choices")) {
      JsonNode delta = choice.path("delta");
      text.append(delta.path("content").asText(""));
      for (JsonNode call : delta.path("tool_calls")) {
        text.append(call.path("function").path("arguments").asText(""));
      }
    }
    if (chunk.path("usage").isObject()) {
      usage = chunk.get("usage").deepCopy();
      finalUsage = true;
    }
  }

  /** Anthropic: later usage fields (message_delta's cumulative output) replace earlier ones. */
  private void merge(JsonNode more, boolean last) {
    if (!more.isObject()) {
      return;
    }
    if (usage == null) {
      usage = more.deepCopy();
    } else {
      more.fields().forEachRemaining(f -> {
        if (!f.getValue().isNull()) {
          usage.set(f.getKey(), f.getValue());
        }
      });
    }
    finalUsage |= last;
  }

  private static String textOr(JsonNode node, String otherwise) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : otherwise;
  }

  /** The usage of the final chunk, or {@code null} when the stream ended before it. */
  JsonNode finalUsage() {
    return finalUsage ? usage : null;
  }

  /** Anthropic's {@code message_start} usage (input classes) of a stream cut short, or null. */
  JsonNode partialUsage() {
    return usage;
  }

  String text() {
    return text.toString();
  }

  String id() {
    return id;
  }

  String tier() {
    return tier;
  }

  long chunks() {
    return chunks;
  }
}

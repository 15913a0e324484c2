package io.llmspend.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Provider-native response bodies reduced to id, model and usage (no generated text: the logs
 * stay small and llmspend never reads it). Usage shapes follow FORMATS.md section 1. Stateless.
 */
final class ResponseBodies {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> SNAPSHOTS = Map.of(
      "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4.1", "gpt-4.1-2025-04-14",
      "o4-mini", "o4-mini-2025-04-16", "o3", "o3-2025-04-16", "gpt-5-mini", "gpt-5-mini-2025-08-07");

  private ResponseBodies() {}

  /** The response body; {@code tier} is the Anthropic service tier or {@code null}. */
  static ObjectNode of(FunctionSpec spec, String id, TokenTally t, String tier) {
    return switch (spec.shape()) {
      case CHAT -> chat(spec, id, t);
      case RESPONSES -> responses(spec, id, t);
      case ANTHROPIC -> anthropic(spec, id, t, tier);
      case GEMINI -> gemini(spec, id, t);
    };
  }

  /** Azure reports the family name; OpenAI a dated snapshot. */
  private static String model(FunctionSpec spec) {
    return spec.deployment() != null ? spec.model() : SNAPSHOTS.getOrDefault(spec.model(),
        spec.model());
  }

  private static ObjectNode chat(FunctionSpec spec, String id, TokenTally t) {
    ObjectNode body = NODES.objectNode().put("id", id).put("model", model(spec));
    ObjectNode usage = body.putObject("usage").put("prompt_tokens", t.input())
        .put("completion_tokens", t.output()).put("total_tokens", t.input() + t.output());
    usage.putObject("prompt_tokens_details").put("cached_tokens", t.cacheRead());
    usage.putObject("completion_tokens_details").put("reasoning_tokens", t.reasoning());
    return body;
  }

  private static ObjectNode responses(FunctionSpec spec, String id, TokenTally t) {
    ObjectNode body = NODES.objectNode().put("id", id).put("object", "response")
        .put("model", model(spec));
    ObjectNode usage = body.putObject("usage").put("input_tokens", t.input());
    usage.putObject("input_tokens_details").put("cached_tokens", t.cacheRead());
    usage.put("output_tokens", t.output());
    usage.putObject("output_tokens_details").put("reasoning_tokens", t.reasoning());
    usage.put("total_tokens", t.input() + t.output());
    return body;
  }

  private static ObjectNode anthropic(FunctionSpec spec, String id, TokenTally t, String tier) {
    ObjectNode body = NODES.objectNode().put("id", id).put("type", "message")
        .put("model", spec.model());
    ObjectNode usage = body.putObject("usage").put("input_tokens", t.uncached())
        .put("cache_creation_input_tokens", t.write5m() + t.write1h())
        .put("cache_read_input_tokens", t.cacheRead());
    usage.putObject("cache_creation").put("ephemeral_5m_input_tokens", t.write5m())
        .put("ephemeral_1h_input_tokens", t.write1h());
    usage.put("output_tokens", t.output()).put("service_tier", tier);
    return body;
  }

  private static ObjectNode gemini(FunctionSpec spec, String id, TokenTally t) {
    ObjectNode body = NODES.objectNode();
    ObjectNode usage = body.putObject("usageMetadata").put("promptTokenCount", t.input())
        .put("candidatesTokenCount", t.output() - t.reasoning());
    if (t.reasoning() > 0) {
      usage.put("thoughtsTokenCount", t.reasoning());
    }
    usage.put("totalTokenCount", t.input() + t.output());
    return body.put("modelVersion", spec.model()).put("responseId", id);
  }
}

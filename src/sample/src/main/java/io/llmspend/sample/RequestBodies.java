package io.llmspend.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;

/**
 * Provider-native request bodies: OpenAI Chat Completions and Responses, Anthropic Messages,
 * Gemini generateContent. Only the fields llmspend reads (and a few realistic ones). Stateless.
 */
final class RequestBodies {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RequestBodies() {}

  /** The request body of a call, the system prompt first. */
  static ObjectNode of(FunctionSpec spec, String system, List<Turn> messages, String user) {
    return switch (spec.shape()) {
      case CHAT -> chat(spec, system, messages);
      case RESPONSES -> responses(spec, system, messages);
      case ANTHROPIC -> anthropic(spec, system, messages, user);
      case GEMINI -> gemini(spec, system, messages);
    };
  }

  private static ObjectNode chat(FunctionSpec spec, String system, List<Turn> messages) {
    ObjectNode body = NODES.objectNode().put("model", spec.model());
    ArrayNode list = body.putArray("messages");
    list.addObject().put("role", "system").put("content", system);
    messages.forEach(m -> content(list.addObject().put("role", m.role()), m, "text"));
    boolean reasoning = spec.model().startsWith("o") || spec.model().startsWith("gpt-5");
    return body.put(reasoning ? "max_completion_tokens" : "max_tokens", spec.maxTokens());
  }

  private static ObjectNode responses(FunctionSpec spec, String system, List<Turn> messages) {
    ObjectNode body = NODES.objectNode().put("model", spec.model()).put("instructions", system);
    ArrayNode input = body.putArray("input");
    messages.forEach(m -> content(input.addObject().put("role", m.role()), m, "input_text"));
    body.put("max_output_tokens", spec.maxTokens());
    if (spec.model().startsWith("o")) {
      body.putObject("reasoning").put("effort", "o3".equals(spec.model()) ? "high" : "medium");
    }
    return body;
  }

  private static ObjectNode anthropic(FunctionSpec spec, String system, List<Turn> messages,
      String user) {
    ObjectNode body = NODES.objectNode().put("model", spec.model())
        .put("max_tokens", spec.maxTokens());
    ObjectNode block = body.putArray("system").addObject().put("type", "text").put("text", system);
    if (spec.cache() == FunctionSpec.CacheMode.ANTHROPIC_SYSTEM) {
      ObjectNode control = block.putObject("cache_control").put("type", "ephemeral");
      if (UsageModel.anthropicTtl(user).equals(Duration.ofHours(1))) {
        control.put("ttl", "1h");
      }
    }
    ArrayNode list = body.putArray("messages");
    messages.forEach(m -> content(list.addObject().put("role", m.role()), m, "text"));
    return body;
  }

  private static ObjectNode gemini(FunctionSpec spec, String system, List<Turn> messages) {
    ObjectNode body = NODES.objectNode();
    ArrayNode contents = body.putArray("contents");
    for (Turn m : messages) {
      ObjectNode content = contents.addObject().put("role", "user".equals(m.role()) ? "user"
          : "model");
      ArrayNode parts = content.putArray("parts");
      m.parts().forEach(text -> parts.addObject().put("text", text));
    }
    body.putObject("systemInstruction").putArray("parts").addObject().put("text", system);
    body.putObject("generationConfig").put("maxOutputTokens", spec.maxTokens());
    return body;
  }

  /** One part as a plain string; several as a list of typed text parts ({@code type}). */
  private static void content(ObjectNode message, Turn turn, String type) {
    if (turn.parts().size() == 1) {
      message.put("content", turn.parts().get(0));
      return;
    }
    ArrayNode parts = message.putArray("content");
    turn.parts().forEach(text -> parts.addObject().put("type", type).put("text", text));
  }
}

package io.llmspend.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.pricing.TokenUsage;
import java.util.List;
import java.util.Locale;

/**
 * For adapters over frameworks that hide the provider's wire format (Spring AI, LangChain4j):
 * a provider-native request body built from the framework's messages, counted and logged like a
 * body the application sent itself, and the framework's token counts as llmspend's token classes.
 */
public final class ProviderShapes {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ProviderShapes() {}

  /**
   * One message: {@code role} is {@code system}, {@code user}, {@code assistant} or {@code tool}.
   */
  public record Message(String role, String text) {
    public Message {
      role = role.toLowerCase(Locale.ROOT);
      text = text == null ? "" : text;
    }
  }

  /**
   * An Anthropic Messages body ({@code system} apart, tool results as user turns) for {@code
   * anthropic}, else an OpenAI Chat Completions body.
   *
   * @param maxTokens the output cap, or {@code null} (the guard then reserves its default)
   */
  public static ObjectNode request(String provider, String model, Integer maxTokens,
      List<Message> messages) {
    ObjectNode body = F.objectNode().put("model", model);
    if (maxTokens != null) {
      body.put("max_tokens", maxTokens);
    }
    boolean anthropic = "anthropic".equals(provider);
    StringBuilder system = new StringBuilder();
    ArrayNode out = F.arrayNode();
    for (Message m : messages) {
      if (anthropic && m.role().equals("system")) {
        system.append(system.length() == 0 ? "" : "\n").append(m.text());
      } else {
        String role = anthropic && !m.role().equals("assistant") ? "user" : m.role();
        out.addObject().put("role", role).put("content", m.text());
      }
    }
    if (system.length() > 0) {
      body.put("system", system.toString());
    }
    body.set("messages", out);
    return body;
  }

  /**
   * Token classes from a framework's counts.
   *
   * @param promptTokens the framework's input count: for {@code anthropic} (and {@code bedrock})
   *     the provider's {@code input_tokens}, which exclude cache reads and writes; for the others
   *     the whole prompt, cached and cache-write tokens included (OpenAI's {@code prompt_tokens})
   * @param cacheRead cached input tokens, or {@code null}
   * @param cacheWrite cache-write input tokens (5-minute), or {@code null}
   */
  public static TokenUsage usage(String provider, long promptTokens, long completionTokens,
      Long cacheRead, Long cacheWrite) {
    long read = cacheRead == null ? 0 : cacheRead;
    long write = cacheWrite == null ? 0 : cacheWrite;
    boolean excludesCache = "anthropic".equals(provider) || "bedrock".equals(provider);
    long uncached = excludesCache ? promptTokens : Math.max(0, promptTokens - read - write);
    return new TokenUsage(uncached, read, write, 0, completionTokens, 0);
  }
}

package io.llmspend.client.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.llmspend.client.ProviderShapes;
import io.llmspend.client.TrackedCall;
import io.llmspend.core.pricing.TokenUsage;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** LangChain4j's request and response types read for the tracker. */
final class LangChain4jCalls {
  private LangChain4jCalls() {}

  /** The request-log provider of a LangChain4j model provider. */
  static String provider(ModelProvider p, String model) {
    if (p == null) {
      return null; // from the model name
    }
    return switch (p.name()) {
      case "OPEN_AI" -> "openai";
      case "AZURE_OPEN_AI" -> "azure_openai";
      case "ANTHROPIC" -> "anthropic";
      case "GOOGLE_AI_GEMINI", "GOOGLE_GENAI", "GOOGLE_VERTEX_AI_GEMINI" -> "google";
      case "AMAZON_BEDROCK" -> "bedrock";
      default -> p.name().toLowerCase(Locale.ROOT);
    };
  }

  static JsonNode body(String provider, String model, ChatRequest request) {
    List<ProviderShapes.Message> messages = new ArrayList<>();
    for (ChatMessage m : request.messages()) {
      messages.add(message(m));
    }
    return ProviderShapes.request(provider, model, request.maxOutputTokens(), messages);
  }

  private static ProviderShapes.Message message(ChatMessage m) {
    if (m instanceof SystemMessage s) {
      return new ProviderShapes.Message("system", s.text());
    }
    if (m instanceof UserMessage u) {
      return new ProviderShapes.Message("user", text(u));
    }
    if (m instanceof AiMessage a) {
      return new ProviderShapes.Message("assistant", a.text());
    }
    if (m instanceof ToolExecutionResultMessage t) {
      return new ProviderShapes.Message("tool", t.text());
    }
    return new ProviderShapes.Message("user", ""); // other kinds carry no countable text
  }

  private static String text(UserMessage u) {
    StringBuilder text = new StringBuilder();
    u.contents().forEach(c -> {
      if (c instanceof TextContent t) {
        text.append(t.text());
      }
    });
    return text.toString();
  }

  /** Settles the call from the response's token usage, or from the re-count when it has none. */
  static void finish(TrackedCall call, ChatResponse response) {
    dev.langchain4j.model.output.TokenUsage u = response == null ? null : response.tokenUsage();
    if (u == null || u.inputTokenCount() == null || u.outputTokenCount() == null) {
      call.finish((JsonNode) null);
      return;
    }
    String provider = call.reservation().call().provider();
    TokenUsage usage = ProviderShapes.usage(provider, u.inputTokenCount(), u.outputTokenCount(),
        number(u, "cacheReadInputTokens", null), number(u, "cacheCreationInputTokens", null));
    if ("openai".equals(provider) || "azure_openai".equals(provider)) {
      Long cached = number(u, "inputTokensDetails", "cachedTokens");
      usage = ProviderShapes.usage(provider, u.inputTokenCount(), u.outputTokenCount(), cached,
          null);
    }
    call.finish(usage, response.id(), null);
  }

  /**
   * A count of a provider's own TokenUsage subclass (OpenAiTokenUsage, AnthropicTokenUsage),
   * read reflectively so this module needs neither provider module; {@code null} when absent.
   */
  private static Long number(Object usage, String method, String inner) {
    try {
      Method m = usage.getClass().getMethod(method);
      Object v = m.invoke(usage);
      if (v != null && inner != null) {
        v = v.getClass().getMethod(inner).invoke(v);
      }
      return v instanceof Number n ? n.longValue() : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}

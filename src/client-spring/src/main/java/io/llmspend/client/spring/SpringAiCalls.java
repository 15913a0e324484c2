package io.llmspend.client.spring;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.client.ProviderShapes;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

/** Spring AI's prompt and response types read for the tracker. */
final class SpringAiCalls {
  private SpringAiCalls() {}

  static String model(Prompt prompt, String defaultModel) {
    String model = prompt.getOptions() != null ? prompt.getOptions().getModel() : null;
    if (model == null && defaultModel == null) {
      throw new IllegalStateException("the prompt names no model and the llmspend advisor has no"
          + " default model");
    }
    return model != null ? model : defaultModel;
  }

  static JsonNode body(String provider, String model, Prompt prompt) {
    List<ProviderShapes.Message> messages = new ArrayList<>();
    for (Message m : prompt.getInstructions()) {
      messages.add(new ProviderShapes.Message(m.getMessageType().getValue(), m.getText()));
    }
    Integer max = prompt.getOptions() != null ? prompt.getOptions().getMaxTokens() : null;
    return ProviderShapes.request(provider, model, max, messages);
  }

  /** Whether the response carries usage (stream chunks before the last carry empty usage). */
  static boolean hasUsage(ChatResponse response) {
    if (response.getMetadata() == null || response.getMetadata().getUsage() == null) {
      return false;
    }
    Usage u = response.getMetadata().getUsage();
    return u.getPromptTokens() != null && u.getCompletionTokens() != null
        && (u.getPromptTokens() > 0 || u.getCompletionTokens() > 0);
  }
}

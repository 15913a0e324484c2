package io.llmspend.examples.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.llmspend.client.CallTracker;
import io.llmspend.client.langchain4j.GuardedChatModel;
import io.llmspend.client.langchain4j.LlmSpendChatModelListener;
import java.util.List;

/** LangChain4j example: an OpenAI chat model tracked by the listener, or guarded. */
public final class LangChain4jExample {
  private LangChain4jExample() {}

  /** Tracked: every call reserved, settled and recorded; a listener cannot refuse a call. */
  public static ChatModel tracked(String baseUrl, CallTracker tracker) {
    return OpenAiChatModel.builder().baseUrl(baseUrl).apiKey("stub").modelName("gpt-4o-mini")
        .maxTokens(200)
        .listeners(List.of(new LlmSpendChatModelListener(tracker, c -> c.withTeam("research"))))
        .build();
  }

  /** Guarded: a hard budget refuses the call before it is sent. */
  public static ChatModel guarded(String baseUrl, CallTracker tracker) {
    ChatModel openAi = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey("stub")
        .modelName("gpt-4o-mini").maxTokens(200).build();
    return new GuardedChatModel(openAi, tracker, "openai", c -> c.withTeam("research"));
  }
}

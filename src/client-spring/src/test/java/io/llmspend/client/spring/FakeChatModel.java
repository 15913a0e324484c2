package io.llmspend.client.spring;

import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;

/**
 * A chat model answering "Hi there" with usage 8 in / 40 out (id chatcmpl-1); streamed as "Hi",
 * " there" and a last chunk with the usage, as OpenAI does with include_usage.
 */
final class FakeChatModel implements ChatModel {
  volatile Prompt last;

  private static ChatResponse response(String text, String id, DefaultUsage usage) {
    ChatResponseMetadata.Builder m = ChatResponseMetadata.builder().id(id).model("gpt-4o-mini");
    if (usage != null) {
      m.usage(usage);
    }
    return new ChatResponse(List.of(new Generation(new AssistantMessage(text))), m.build());
  }

  @Override
  public ChatResponse call(Prompt prompt) {
    last = prompt;
    return response("Hi there", "chatcmpl-1", new DefaultUsage(8, 40));
  }

  @Override
  public Flux<ChatResponse> stream(Prompt prompt) {
    last = prompt;
    return Flux.just(response("Hi", "chatcmpl-2", null),
        response(" there", "chatcmpl-2", null),
        response("", "chatcmpl-2", new DefaultUsage(8, 2)));
  }
}

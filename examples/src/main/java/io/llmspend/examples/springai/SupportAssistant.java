package io.llmspend.examples.springai;

import io.llmspend.client.LlmFunction;
import io.llmspend.client.spring.LlmSpendAdvisor;
import java.util.List;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.stereotype.Service;

/** The Spring AI example's service: every call goes through the llmspend advisor. */
@Service
public class SupportAssistant {
  private final ChatClient chat;

  public SupportAssistant(ChatClient.Builder builder, LlmSpendAdvisor llmspend) {
    this.chat = builder.defaultAdvisors(llmspend).build();
  }

  /** The function comes from the annotation (the Java form of a cost-tracking decorator). */
  @LlmFunction("support-chat")
  public String answer(String question) {
    return chat.prompt().user(question).call().content();
  }

  /** The function comes from the advisor parameter. */
  public String triage(String ticket) {
    return chat.prompt().system("Classify the ticket.").user(ticket)
        .advisors(a -> a.param(LlmSpendAdvisor.FUNCTION, "ticket-triage"))
        .call().content();
  }

  /** A stream: settled from its last chunk's usage. */
  @LlmFunction("support-chat")
  public List<String> answerStreaming(String question) {
    return chat.prompt().user(question).stream().content().collectList().block();
  }
}

package io.llmspend.client.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.llmspend.client.CallInfo;
import io.llmspend.client.CallTracker;
import io.llmspend.client.LlmFunctions;
import io.llmspend.client.TrackedCall;
import java.util.function.UnaryOperator;

/**
 * A LangChain4j {@link ChatModel} that reserves before it lets the wrapped model call the
 * provider, so a hard budget refuses the call ({@link io.llmspend.client.BudgetExceededException})
 * before anything is sent; settles and records after the answer. Use it instead of {@link
 * LlmSpendChatModelListener} (not both) when budgets must stop calls.
 *
 * <pre>{@code
 * ChatModel model = new GuardedChatModel(openAiModel, tracker, "openai", c -> c);
 * }</pre>
 */
public final class GuardedChatModel implements ChatModel {
  private final ChatModel delegate;
  private final CallTracker tracker;
  private final String provider;
  private final UnaryOperator<CallInfo> attribution;

  /** @param provider the provider of the wrapped model ({@code openai}, {@code anthropic}...) */
  public GuardedChatModel(ChatModel delegate, CallTracker tracker, String provider,
      UnaryOperator<CallInfo> attribution) {
    this.delegate = delegate;
    this.tracker = tracker;
    this.provider = provider;
    this.attribution = attribution;
  }

  @Override
  public ChatResponse chat(ChatRequest request) {
    return chat(request, null);
  }

  @Override
  public ChatResponse chat(ChatRequest request, dev.langchain4j.model.chat.ChatRequestOptions options) {
    // what the wrapped model will send: its defaults overridden by the request's parameters
    ChatRequest sent = request.toBuilder().parameters(delegate.defaultRequestParameters()
        .overrideWith(request.parameters())).build();
    String model = sent.modelName();
    CallInfo info = attribution.apply(CallInfo.of(provider, model)
        .withFunction(LlmFunctions.current()));
    TrackedCall call = tracker.start(info, LangChain4jCalls.body(provider, model, sent));
    ChatResponse response;
    try {
      response = options == null ? delegate.chat(request) : delegate.chat(request, options);
    } catch (RuntimeException e) {
      call.close();
      throw e;
    }
    LangChain4jCalls.finish(call, response);
    return response;
  }
}

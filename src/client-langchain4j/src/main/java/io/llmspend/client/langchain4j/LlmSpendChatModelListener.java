package io.llmspend.client.langchain4j;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import io.llmspend.client.BudgetExceededException;
import io.llmspend.client.CallInfo;
import io.llmspend.client.CallTracker;
import io.llmspend.client.LlmFunctions;
import io.llmspend.client.TrackedCall;
import java.util.function.UnaryOperator;

/**
 * A LangChain4j {@link ChatModelListener}: {@code onRequest} reserves the call's estimate on the
 * live budgets and carries the {@link TrackedCall} in the listener attributes; {@code onResponse}
 * settles the actual cost and records the request-log line; {@code onError} releases it (recorded
 * as not billed). Works for chat and streaming chat models alike (LangChain4j hands a stream's
 * aggregated response, with its usage, to {@code onResponse}).
 *
 * <pre>{@code
 * ChatModel model = OpenAiChatModel.builder().apiKey(key).modelName("gpt-4o-mini")
 *     .listeners(List.of(new LlmSpendChatModelListener(tracker, c -> c.withTeam("support"))))
 *     .build();
 * }</pre>
 *
 * <p>LangChain4j catches what a listener throws, so a listener cannot refuse a call: a hard
 * budget's refusal is reported ({@link io.llmspend.client.GuardEvent.Refused}) and the call is
 * recorded without a reservation. To refuse calls, wrap the model in {@link GuardedChatModel}.
 * The function is the enclosing {@code @LlmFunction} scope's (the listener runs on the calling
 * thread). Thread-safe.
 */
public final class LlmSpendChatModelListener implements ChatModelListener {
  /** The attribute key of the call in the listener attributes. */
  public static final String CALL = "llmspend.call";
  private final CallTracker tracker;
  private final UnaryOperator<CallInfo> attribution;

  public LlmSpendChatModelListener(CallTracker tracker, UnaryOperator<CallInfo> attribution) {
    this.tracker = tracker;
    this.attribution = attribution;
  }

  @Override
  public void onRequest(ChatModelRequestContext context) {
    if (context.attributes().containsKey(CALL)) {
      return; // reserved by GuardedChatModel
    }
    String model = context.chatRequest().modelName();
    String provider = LangChain4jCalls.provider(context.modelProvider(), model);
    CallInfo info = attribution.apply(CallInfo.of(provider, model)
        .withFunction(LlmFunctions.current()));
    try {
      context.attributes().put(CALL, tracker.start(info,
          LangChain4jCalls.body(provider, model, context.chatRequest())));
    } catch (BudgetExceededException e) {
      context.attributes().put(CALL + ".refused", e); // the call goes ahead regardless
    }
  }

  @Override
  public void onResponse(ChatModelResponseContext context) {
    if (context.attributes().remove(CALL) instanceof TrackedCall call) {
      LangChain4jCalls.finish(call, context.chatResponse());
    }
  }

  @Override
  public void onError(ChatModelErrorContext context) {
    if (context.attributes().remove(CALL) instanceof TrackedCall call) {
      call.close();
    }
  }
}

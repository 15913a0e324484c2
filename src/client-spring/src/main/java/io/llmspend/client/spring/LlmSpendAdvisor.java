package io.llmspend.client.spring;

import io.llmspend.client.CallInfo;
import io.llmspend.client.CallTracker;
import io.llmspend.client.LlmFunctions;
import io.llmspend.client.TrackedCall;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.core.Ordered;
import reactor.core.publisher.Flux;

/**
 * A Spring AI {@link CallAdvisor} and {@link StreamAdvisor} that reserves each call's estimate on
 * the live budgets, lets the call go on, settles the actual cost and records the request-log line
 * ({@link CallTracker}). It runs last before the model (after memory and RAG advisors changed the
 * prompt), so it counts what is sent.
 *
 * <pre>{@code
 * ChatClient chat = ChatClient.builder(chatModel)
 *     .defaultAdvisors(new LlmSpendAdvisor(tracker, c -> c.withTeam("support"), "openai",
 *         "gpt-4o-mini"))
 *     .build();
 * chat.prompt().user(question)
 *     .advisors(a -> a.param(LlmSpendAdvisor.FUNCTION, "support-chat"))
 *     .call().content();
 * }</pre>
 *
 * <p>The function comes from the {@link #FUNCTION} advisor parameter, else the enclosing {@code
 * @LlmFunction} scope, else the call is {@code (untagged)}. Streams: the usage of the last chunk
 * that carries it (OpenAI needs {@code stream_options.include_usage}, Spring AI's {@code
 * streamUsage(true)}); a stream cancelled, failed or ended without usage is settled from the
 * re-count of the text received plus the input. A refused call throws {@link
 * io.llmspend.client.BudgetExceededException} before the model is called. Thread-safe.
 */
public final class LlmSpendAdvisor implements CallAdvisor, StreamAdvisor {
  /** The advisor parameter (context key) naming the call's function. */
  public static final String FUNCTION = "llmspend.function";
  private final CallTracker tracker;
  private final java.util.function.UnaryOperator<CallInfo> attribution;
  private final String provider;
  private final String defaultModel;

  /**
   * @param attribution completes each call's attribution (team, user, tags), or identity
   * @param provider the provider of the chat model ({@code openai}, {@code anthropic}...)
   * @param defaultModel the model when the prompt's options name none (the chat model's default)
   */
  public LlmSpendAdvisor(CallTracker tracker,
      java.util.function.UnaryOperator<CallInfo> attribution, String provider,
      String defaultModel) {
    this.tracker = tracker;
    this.attribution = attribution;
    this.provider = provider;
    this.defaultModel = defaultModel;
  }

  @Override
  public String getName() {
    return "llmspend";
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 100;
  }

  @Override
  public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
    TrackedCall call = start(request);
    ChatClientResponse response;
    try {
      response = chain.nextCall(request);
    } catch (RuntimeException e) {
      call.close(); // no answer: released, recorded as not billed
      throw e;
    }
    finish(call, response.chatResponse());
    return response;
  }

  @Override
  public Flux<ChatClientResponse> adviseStream(ChatClientRequest request,
      StreamAdvisorChain chain) {
    return Flux.defer(() -> {
      TrackedCall call = start(request);
      AtomicReference<ChatResponse> withUsage = new AtomicReference<>();
      return chain.nextStream(request).doOnNext(r -> {
        ChatResponse chunk = r.chatResponse();
        if (chunk != null) {
          if (chunk.getResult() != null && chunk.getResult().getOutput() != null) {
            call.received(chunk.getResult().getOutput().getText());
          }
          if (SpringAiCalls.hasUsage(chunk)) {
            withUsage.set(chunk);
          }
        }
      }).doOnComplete(() -> {
        // before the completion reaches the subscriber: a caller that blocks sees the line queued
        if (withUsage.get() != null) {
          finish(call, withUsage.get());
        } else {
          call.close(); // no usage chunk: re-count of what was received
        }
      }).doOnError(e -> call.close()).doOnCancel(call::close);
    });
  }

  private TrackedCall start(ChatClientRequest request) {
    String model = SpringAiCalls.model(request.prompt(), defaultModel);
    Object fn = request.context().get(FUNCTION);
    String function = fn != null ? fn.toString() : LlmFunctions.current();
    CallInfo info = attribution.apply(CallInfo.of(provider, model).withFunction(function));
    return tracker.start(info, SpringAiCalls.body(info.provider() != null ? info.provider()
        : provider, model, request.prompt()));
  }

  private void finish(TrackedCall call, ChatResponse response) {
    if (response == null || !SpringAiCalls.hasUsage(response)) {
      call.finish((com.fasterxml.jackson.databind.JsonNode) null);
      return;
    }
    Usage u = response.getMetadata().getUsage();
    String p = call.reservation().call().provider();
    call.finish(io.llmspend.client.ProviderShapes.usage(p, u.getPromptTokens(),
        u.getCompletionTokens(), u.getCacheReadInputTokens(), u.getCacheWriteInputTokens()),
        response.getMetadata().getId(), null);
  }
}

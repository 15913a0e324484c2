package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.UnaryOperator;

/**
 * Tracks every LLM call an application makes: reserves its estimate on the live budgets ({@link
 * BudgetGuard}), settles the actual cost after the response, and records the call as a
 * request-log line ({@link RequestLogWriter}) that the nightly job ingests as it is.
 *
 * <pre>{@code
 * try (var call = tracker.start("support-chat", request)) {   // throws BudgetExceededException
 *   JsonNode response = send(request);                        // any client: SDK, plain HTTP
 *   call.finish(response);                                    // settle + record
 * }                                                           // not finished: released, recorded
 * }</pre>
 *
 * <p>Thread-safe: one tracker per application. It does not own the guard or the writer: close
 * them yourself (the writer last, so the last lines are written).
 */
public final class CallTracker {
  private final BudgetGuard guard;
  private final RequestLogWriter writer;
  private final UnaryOperator<CallInfo> defaults;

  private CallTracker(BudgetGuard guard, RequestLogWriter writer,
      UnaryOperator<CallInfo> defaults) {
    this.guard = guard;
    this.writer = writer;
    this.defaults = defaults;
  }

  /** A tracker reserving on {@code guard} and recording to {@code writer}. */
  public static CallTracker of(BudgetGuard guard, RequestLogWriter writer) {
    return new CallTracker(guard, writer, UnaryOperator.identity());
  }

  /**
   * A tracker that completes every call's attribution, e.g. {@code c -> c.withTeam("support")
   * .withTag("env", "prod")}; applied before the call's own fields are read by the guard.
   */
  public CallTracker withDefaults(UnaryOperator<CallInfo> defaults) {
    return new CallTracker(guard, writer, defaults);
  }

  /**
   * Starts a call of {@code function} (or, when {@code null}, of the enclosing {@link
   * LlmFunction} scope) to the request's {@code model}, the provider taken from the model name.
   *
   * @param request the provider-native request body, with its {@code model}
   * @throws BudgetExceededException when a hard budget would go over its limit
   * @throws BudgetUnavailableException when Redis is unavailable and a budget fails closed
   * @throws IllegalArgumentException when the request has no {@code model} or is not readable
   */
  public TrackedCall start(String function, JsonNode request) {
    JsonNode model = request == null ? null : request.get("model");
    if (model == null || !model.isTextual()) {
      throw new IllegalArgumentException("the request has no model: use start(CallInfo, request)");
    }
    return start(CallInfo.of(null, model.asText()).withFunction(function), request);
  }

  /** Starts a call with full attribution (provider, team, user, tags...). */
  public TrackedCall start(CallInfo call, JsonNode request) {
    Reservation r = guard.reserve(defaults.apply(call), request);
    return new TrackedCall(this, r, request, System.nanoTime());
  }

  public BudgetGuard guard() {
    return guard;
  }

  public RequestLogWriter writer() {
    return writer;
  }
}

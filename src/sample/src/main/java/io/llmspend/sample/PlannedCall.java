package io.llmspend.sample;

import java.time.Instant;
import java.util.List;

/**
 * One call decided by the planner, before it is rendered as a log line.
 *
 * @param index position in planning order, a tie-breaker for equal times
 * @param spec the calling function
 * @param at when the call was sent
 * @param user end user or service account
 * @param env {@code prod} or {@code dev}
 * @param messages user and assistant turns, without the system prompt; empty for long-context
 *     calls
 * @param session conversation id shared by the turns of one multi-turn session, or -1
 * @param batch sent through the provider batch API
 * @param plant the one planted anomaly of this call
 * @param seed seed for the renderer's per-call random numbers
 */
record PlannedCall(
    int index,
    FunctionSpec spec,
    Instant at,
    String user,
    String env,
    List<Turn> messages,
    long session,
    boolean batch,
    Plant plant,
    long seed) {

  PlannedCall {
    messages = List.copyOf(messages);
  }

  PlannedCall withPlant(Plant newPlant) {
    return new PlannedCall(index, spec, at, user, env, messages, session, batch, newPlant, seed);
  }

  /** At most one planted anomaly per call. */
  enum Plant {
    NONE,
    /** Request body logged, usage lost by the gateway. */
    RECOUNT_ONLY,
    /** Usage logged, no request body. */
    USAGE_ONLY,
    /** Gemini 2.5 Pro prompt above 200k tokens, usage only. */
    LONG_CONTEXT,
    HTTP_429,
    HTTP_500,
    /** Same function, user and messages as an earlier call: a retry within minutes or the same
     * question later that day ({@link CallPlanner}). */
    REPEAT,
    /** Logged by both the app and the gateway: the identical line twice. */
    DUPLICATE
  }
}

package io.llmspend.client;

/**
 * What the guard does with a call when Redis cannot be reached (refused connection, timeout,
 * disconnected). The default is {@link #FAIL_OPEN}, globally; a budget can override it.
 */
public enum UnavailablePolicy {
  /**
   * Allow the call without a reservation, count it ({@code unavailable-allowed}) and emit a
   * {@link GuardEvent.RedisUnavailable} event; its cost is still logged, so the nightly
   * correction brings the live counters back to the true spend.
   */
  FAIL_OPEN,
  /** Refuse the call with {@link BudgetUnavailableException}. */
  FAIL_CLOSED
}

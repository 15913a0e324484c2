package io.llmspend.client;

import java.math.BigDecimal;

/**
 * What the guard reports besides its return values and exceptions. Delivered synchronously to
 * every {@link GuardListener}, on the calling thread. Money in USD.
 */
public sealed interface GuardEvent {

  /** A soft budget went over its limit with this call's reservation; the call was allowed. */
  record SoftLimitExceeded(String budget, String member, BigDecimal limitUsd,
      BigDecimal spentUsd, BigDecimal reservedUsd, BigDecimal estimateUsd) implements GuardEvent {}

  /** A hard budget refused a call ({@link BudgetExceededException} was thrown). */
  record Refused(String budget, String member, BigDecimal limitUsd, BigDecimal spentUsd,
      BigDecimal reservedUsd, BigDecimal estimateUsd) implements GuardEvent {}

  /**
   * Redis could not be reached while reserving or settling.
   *
   * @param operation {@code reserve} or {@code settle}
   * @param allowed whether the call went ahead (fail-open) or was refused (fail-closed)
   * @param cause the failure's message
   */
  record RedisUnavailable(String operation, boolean allowed, String cause) implements GuardEvent {}

  /** The price book has no price for the call's model: nothing was reserved or spent live. */
  record Unpriced(String model, String reason) implements GuardEvent {}
}

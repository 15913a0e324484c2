package io.llmspend.client;

/**
 * Redis could not be reached and a budget that applies to the call fails closed ({@link
 * UnavailablePolicy#FAIL_CLOSED}): the call is refused.
 */
public final class BudgetUnavailableException extends RuntimeException {
  private final String budget;

  BudgetUnavailableException(String budget, Throwable cause) {
    super("budget " + budget + " fails closed and Redis is unavailable: " + cause.getMessage(),
        cause);
    this.budget = budget;
  }

  /** The fail-closed budget that refused the call. */
  public String budget() {
    return budget;
  }
}

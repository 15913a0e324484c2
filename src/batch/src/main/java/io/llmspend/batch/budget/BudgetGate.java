package io.llmspend.batch.budget;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The number of exceeded hard budgets of a run, kept in the job's execution context by the
 * {@code budget} step, for {@code nightly --fail-on-exceeded} (exit code 6).
 */
public final class BudgetGate {
  private static final String KEY = "budget.hard.exceeded";

  private BudgetGate() {}

  static void save(ExecutionContext jobContext, long hardExceeded) {
    jobContext.putLong(KEY, hardExceeded);
  }

  /** @return budget members of a hard budget above their limit; 0 when the step did not run */
  public static long hardExceeded(ExecutionContext jobContext) {
    return jobContext.containsKey(KEY) ? jobContext.getLong(KEY) : 0;
  }
}

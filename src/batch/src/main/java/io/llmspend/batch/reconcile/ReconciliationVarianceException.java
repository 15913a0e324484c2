package io.llmspend.batch.reconcile;

/**
 * The reconciliation check failed: the unexplained difference between our cost and the
 * provider's bill is above {@code llmspend.reconcile.max-unexplained-variance}. The reports are
 * written before the check runs. Exit code 7.
 */
public final class ReconciliationVarianceException extends RuntimeException {
  /** No stack trace: an expected outcome of the data, not a bug; the message says it all. */
  ReconciliationVarianceException(String message) {
    super(message, null, false, false);
  }
}

package io.llmspend.batch.reconcile;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reconciliation policy.
 *
 * @param maxUnexplainedVariance the largest unexplained variance accepted, as a fraction of the
 *     billed total (0.02 = 2%, the default); above it the run fails with exit code 7
 */
@ConfigurationProperties(prefix = "llmspend.reconcile")
public record ReconcileProperties(BigDecimal maxUnexplainedVariance) {
  static final BigDecimal DEFAULT_MAX = new BigDecimal("0.02");

  /** @throws IllegalArgumentException unless the threshold is between 0 and 1 */
  public ReconcileProperties {
    maxUnexplainedVariance = maxUnexplainedVariance == null ? DEFAULT_MAX : maxUnexplainedVariance;
    if (maxUnexplainedVariance.signum() < 0 || maxUnexplainedVariance.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("llmspend.reconcile.max-unexplained-variance must be"
          + " between 0 and 1 (a fraction: 0.02 = 2%): " + maxUnexplainedVariance);
    }
  }
}

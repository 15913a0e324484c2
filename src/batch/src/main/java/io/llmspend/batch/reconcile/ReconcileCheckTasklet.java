package io.llmspend.batch.reconcile;

import io.llmspend.batch.store.DuckDbStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Fails the run when {@code sql/checks/reconciliation_variance.sql} returns a row: the
 * unexplained variance is above the threshold. Runs last, after the reports and the run summary
 * are written, so a failed check still leaves them for the reader.
 *
 * @throws ReconciliationVarianceException naming the amounts, the share and the threshold
 */
class ReconcileCheckTasklet implements Tasklet {
  static final String CHECK = "reconciliation_variance";
  private final DuckDbStore store;
  private final BigDecimal threshold;

  ReconcileCheckTasklet(DuckDbStore store, BigDecimal threshold) {
    this.store = store;
    this.threshold = threshold;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException {
    try (PreparedStatement check = store.connection()
        .prepareStatement(DuckDbStore.sql("checks", CHECK))) {
      check.setBigDecimal(1, threshold);
      try (ResultSet rs = check.executeQuery()) {
        if (rs.next()) {
          throw failure(rs.getBigDecimal("unexplained_usd"), rs.getBigDecimal("billed_total_usd"));
        }
      }
    }
    return RepeatStatus.FINISHED;
  }

  private ReconciliationVarianceException failure(BigDecimal unexplained, BigDecimal billed) {
    String share = billed.signum() == 0 ? "all"
        : unexplained.multiply(BigDecimal.valueOf(100)).divide(billed.abs(), 2,
            RoundingMode.HALF_EVEN).toPlainString() + "%";
    return new ReconciliationVarianceException("reconciliation variance: $"
        + unexplained.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
        + " of the provider bill ($" + billed.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
        + ") is unexplained, " + share + " > the threshold "
        + threshold.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
        + "% (llmspend.reconcile.max-unexplained-variance); see reconciliation.csv"
        + " (sql/checks/" + CHECK + ".sql)");
  }
}

package io.llmspend.batch.reconcile;

import io.llmspend.batch.store.DuckDbStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Rebuilds the {@code reconcile} layer: usage by API key, the reconciliation by day x provider x
 * model, and the token calibration (needs {@code report_period}, set by the {@code attribute}
 * step).
 */
class ReconcileTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);
  private final DuckDbStore store;

  ReconcileTasklet(DuckDbStore store) {
    this.store = store;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    store.runLayer("reconcile");
    store.query("report", "reconciliation_summary", rs -> {
      rs.next();
      log.info("reconcile: ours {} USD vs billed {} USD, unexplained {} USD",
          rs.getBigDecimal("our_total_usd").toPlainString(),
          rs.getBigDecimal("billed_total_usd").toPlainString(),
          rs.getBigDecimal("unexplained_usd").toPlainString());
      return null;
    });
    return RepeatStatus.FINISHED;
  }
}

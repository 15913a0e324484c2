package io.llmspend.batch.privacy;

import io.llmspend.batch.store.DuckDbStore;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Drops prompt texts and quarantine excerpts older than the retention ({@code load/retention_*}). */
class RetentionTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(RetentionTasklet.class);
  private final DuckDbStore store;
  private final int days;
  private final Clock clock;

  /** @param clock UTC */
  RetentionTasklet(DuckDbStore store, int days, Clock clock) {
    this.store = store;
    this.days = days;
    this.clock = clock;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException {
    if (days == 0) {
      return RepeatStatus.FINISHED;
    }
    Timestamp cutoff = Timestamp.valueOf(LocalDateTime.now(clock).minusDays(days));
    for (String name : new String[] {"retention_prompts", "retention_quarantine"}) {
      try (PreparedStatement retention = store.connection()
          .prepareStatement(DuckDbStore.sql("load", name))) {
        retention.setTimestamp(1, cutoff);
        retention.execute();
      }
    }
    log.info("retention: texts not used since {} dropped ({} days)", cutoff, days);
    return RepeatStatus.FINISHED;
  }
}

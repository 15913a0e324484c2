package io.llmspend.batch.attribution;

import io.llmspend.batch.store.DuckDbStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Attributes spend: loads the attribution rules, rebuilds the staging and marts layers, and fixes
 * the run's report date (the {@code date} job parameter, else the last complete day in the data:
 * the latest day with calls that is before today in the configured time zone).
 */
class AttributeTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(AttributeTasklet.class);
  private final DuckDbStore store;
  private final List<AttributionRule> rules;
  private final String requestedDate;
  private final Clock clock;
  private final long runId;

  AttributeTasklet(DuckDbStore store, List<AttributionRule> rules, String requestedDate,
      Clock clock, long runId) {
    this.runId = runId;
    this.store = store;
    this.rules = List.copyOf(rules);
    this.requestedDate = requestedDate;
    this.clock = clock;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException {
    replaceRules();
    store.runLayer("staging");
    LocalDate date = requestedDate != null ? LocalDate.parse(requestedDate) : lastCompleteDay();
    if (date == null) {
      LocalDate today = LocalDate.now(clock);
      ReportDate.saveNone(contribution.getStepExecution().getJobExecution().getExecutionContext(),
          "no day to report: no call in the store before today (" + today + " in "
              + clock.getZone() + ") and the logs added none; point --logs at your request logs "
              + "(README: Your own logs), or pass --date to report a day anyway");
      contribution.setExitStatus(new ExitStatus(ReportDate.NONE));
      return RepeatStatus.FINISHED;
    }
    try (PreparedStatement period = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "report_period"))) {
      period.setObject(1, date);
      period.setObject(2, date);
      period.setLong(3, runId);
      period.execute();
    }
    store.runLayer("marts");
    ReportDate.save(contribution.getStepExecution().getJobExecution().getExecutionContext(), date);
    log.info("attribute: report date {}, {} attribution rules", date, rules.size());
    return RepeatStatus.FINISHED;
  }

  private void replaceRules() throws SQLException {
    store.execute("load", "attribution_rules_clear");
    try (PreparedStatement insert = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "attribution_rule"))) {
      for (int i = 0; i < rules.size(); i++) {
        AttributionRule rule = rules.get(i);
        insert.setInt(1, i);
        insert.setString(2, rule.matchKind());
        insert.setString(3, rule.matchValue());
        insert.setString(4, rule.team());
        insert.setString(5, rule.function());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The latest day with calls before today, or {@code null} when there is none. */
  private LocalDate lastCompleteDay() throws SQLException {
    LocalDate today = LocalDate.now(clock);
    try (PreparedStatement query = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "last_complete_day"))) {
      query.setObject(1, today);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getObject(1, LocalDate.class);
      }
    }
  }
}

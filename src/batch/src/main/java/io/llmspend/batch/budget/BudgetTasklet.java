package io.llmspend.batch.budget;

import io.llmspend.batch.attribution.ReportDate;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetProperties;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code budget} step: records this run's budgets with their current periods in {@code
 * budget_definitions}, computes {@code budget_status} per budget and member, writes the alerts
 * crossed since the last run to {@code budget_alerts}, corrects the live budgets in Redis when
 * they are configured ({@link LiveCorrection}), and leaves the number of exceeded hard
 * budgets in the job's execution context ({@link BudgetGate}).
 */
class BudgetTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(BudgetTasklet.class);
  private final DuckDbStore store;
  private final long runId;
  private final List<Budget> budgets;
  private final BudgetProperties properties;
  private final LiveCorrection live;

  BudgetTasklet(DuckDbStore store, List<Budget> budgets, BudgetProperties properties,
      long runId, LiveCorrection live) {
    this.runId = runId;
    this.store = store;
    this.budgets = List.copyOf(budgets);
    this.properties = properties;
    this.live = live;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException {
    var job = contribution.getStepExecution().getJobExecution();
    LocalDate date = ReportDate.of(job.getExecutionContext());
    store.execute("budget", "budget_clear");
    writeDefinitions(runId, date);
    StatusCounts counts = new StatusWriter(store).write(runId, date);
    store.execute("budget", "budget_alerts");
    live.correct(store, budgets, runId, date);
    BudgetGate.save(job.getExecutionContext(), counts.hardExceeded());
    log.info("budget: {} budgets, {} members: {} exceeded ({} hard), {} at a warning",
        budgets.size(), counts.members(), counts.exceeded(), counts.hardExceeded(),
        counts.warnings());
    return RepeatStatus.FINISHED;
  }

  private void writeDefinitions(long runId, LocalDate date) throws SQLException {
    LocalDate windowStart = date.minusDays(properties.forecastDays() - 1L);
    try (PreparedStatement insert = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "budget_definition"))) {
      for (Budget b : budgets) {
        bind(insert, b, runId, date, windowStart);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void bind(PreparedStatement insert, Budget b, long runId, LocalDate date,
      LocalDate windowStart) throws SQLException {
    LocalDate start = b.period().start(date, properties.firstDayOfWeek(),
        properties.fiscalYearStartMonth());
    insert.setLong(1, runId);
    insert.setDate(2, Date.valueOf(date));
    insert.setString(3, b.name());
    insert.setString(4, b.scope().key());
    insert.setString(5, b.member());
    insert.setString(6, b.tagKey());
    insert.setString(7, b.period().key());
    insert.setDate(8, Date.valueOf(start));
    insert.setDate(9, Date.valueOf(b.period().end(start)));
    insert.setDate(10, Date.valueOf(windowStart));
    insert.setBigDecimal(11, b.limitUsd());
    insert.setString(12, b.thresholds().stream().map(String::valueOf)
        .collect(Collectors.joining(",")));
    insert.setString(13, b.enforcement().key());
    insert.setString(14, b.owner());
    insert.setInt(15, b.line());
  }
}

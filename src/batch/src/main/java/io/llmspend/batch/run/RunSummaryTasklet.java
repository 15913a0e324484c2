package io.llmspend.batch.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.llmspend.batch.attribution.ReportDate;
import io.llmspend.batch.ingest.IngestCounts;
import io.llmspend.batch.report.AtomicFiles;
import io.llmspend.batch.store.DuckDbStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Closes a nightly run: checks {@code read = loaded + quarantined + duplicates}, writes
 * {@code run-summary.json}, records the run in the {@code runs} table and leaves the summary
 * paragraph in the job's execution context for the command line to print.
 */
class RunSummaryTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(RunSummaryTasklet.class);
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT);
  private final DuckDbStore store;
  private final Path reportsRoot;
  private final String ingestStep;
  private final JobRepository repository;
  private final long runId;

  RunSummaryTasklet(DuckDbStore store, Path reportsRoot, String ingestStep,
      JobRepository repository, long runId) {
    this.runId = runId;
    this.store = store;
    this.repository = repository;
    this.reportsRoot = reportsRoot;
    this.ingestStep = ingestStep;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException, IOException {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    IngestCounts counts = RunIngest.checked(repository, job, ingestStep);
    RunSummary summary = summarize(job, counts);
    record(summary, job);
    Path dir = Files.createDirectories(reportsRoot.resolve(summary.reportDate().toString()));
    AtomicFiles.<RuntimeException>replace(dir.resolve("run-summary.json"), // owner-only, 600
        file -> JSON.writeValue(file.toFile(), summary));
    job.getExecutionContext().putString(RunSummary.CONTEXT_KEY, summary.paragraph());
    job.getExecutionContext().putString(RunSummary.STATUS_KEY, summary.status());
    log.info(summary.paragraph());
    return RepeatStatus.FINISHED;
  }

  private RunSummary summarize(JobExecution job, IngestCounts counts) throws SQLException {
    LocalDate date = ReportDate.of(job.getExecutionContext());
    BigDecimal seconds = BigDecimal.valueOf(
        Duration.between(job.getStartTime(), LocalDateTime.now()).toMillis(), 3);
    return store.query("report", "run_totals", totals -> {
      totals.next();
      long forDate = totals.getLong("quarantined_for_report_date");
      // the reports list the night's quarantine, whichever run found it: so does the exit code
      String status = counts.quarantined() > 0 || forDate > 0
          ? IngestCounts.COMPLETED_WITH_SKIPS : "COMPLETED";
      return store.query("report", "summary", figures -> {
        figures.next();
        return new RunSummary(runId, date, status, counts.read(), counts.loaded(),
            counts.quarantined(), forDate, counts.duplicates(), totals.getLong("input_tokens"),
            totals.getLong("output_tokens"), totals.getLong("unpriced_calls"),
            totals.getBigDecimal("spend_usd"), figures.getBigDecimal("spend_report_date_usd"),
            figures.getBigDecimal("spend_month_to_date_usd"), seconds);
      });
    });
  }

  /** Spring Batch keeps times in the JVM's zone; the runs table is in UTC. */
  private static LocalDateTime utc(LocalDateTime local) {
    return local.atZone(java.time.ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC)
        .toLocalDateTime();
  }

  private void record(RunSummary s, JobExecution job) throws SQLException {
    try (PreparedStatement insert = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "run"))) {
      insert.setLong(1, s.runId());
      insert.setObject(2, s.reportDate());
      insert.setTimestamp(3, Timestamp.valueOf(utc(job.getStartTime())));
      insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
      insert.setLong(5, s.read());
      insert.setLong(6, s.loaded());
      insert.setLong(7, s.quarantined());
      insert.setLong(8, s.duplicates());
      insert.setBigDecimal(9, s.spendUsd());
      insert.setString(10, s.status());
      insert.execute();
    }
  }
}

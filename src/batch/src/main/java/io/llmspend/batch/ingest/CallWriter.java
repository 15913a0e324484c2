package io.llmspend.batch.ingest;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Loads each chunk into DuckDB: appends calls, quarantined lines and new system prompts to the
 * stage tables with the DuckDB Appender, then moves them into {@code calls}, {@code quarantine}
 * and {@code prompts} (insert-if-absent) in one transaction. A replayed chunk or a re-run adds
 * nothing. Counts each chunk in {@code ingest_chunks} in the same transaction ({@link ChunkLedger})
 * and keeps the run's totals ({@link IngestCounts}) in the step's execution context. A restarted run
 * goes on with the same run id. Not thread-safe: the step
 * writes from one thread.
 */
class CallWriter implements ItemWriter<IngestedRecord>, StepExecutionListener {
  static final String NAME = "duckDbCallWriter";
  private static final Logger log = LoggerFactory.getLogger(CallWriter.class);
  private static final int PROMPTS_REMEMBERED = 10_000;
  private final DuckDbStore store;
  private final ChunkLedger ledger;
  private final FilePlan files;
  private final Map<String, Boolean> promptsStaged = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > PROMPTS_REMEMBERED;
    }
  };
  private StepExecution stepExecution;
  private IngestCounts counts;
  private ProgressLog progress;
  private final long runId;
  /** Lines of the chunks this execution committed (all of them read by this execution). */
  private long committedLines;

  CallWriter(DuckDbStore store, long runId) {
    this.store = store;
    this.runId = runId;
    this.ledger = new ChunkLedger(store);
    this.files = new FilePlan(store, runId);
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    this.stepExecution = stepExecution;
    this.counts = IngestCounts.from(stepExecution.getExecutionContext());
    this.progress = new ProgressLog(stepExecution.getStepName(), log);
    store.execute("load", "clear_stage"); // rows staged by an interrupted run
  }

  @Override
  public void write(Chunk<? extends IngestedRecord> chunk) throws SQLException {
    long started = System.nanoTime();
    int calls = stage(chunk, runId);
    int quarantined = chunk.size() - calls;
    Connection connection = store.connection();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      int loaded = statement.executeUpdate(DuckDbStore.sql("load", "calls"));
      statement.executeUpdate(DuckDbStore.sql("load", "quarantine"));
      statement.executeUpdate(DuckDbStore.sql("load", "prompts"));
      statement.execute(DuckDbStore.sql("load", "clear_stage"));
      ledger.count(connection, runId, chunk,
          new IngestCounts(loaded, quarantined, calls - loaded));
      connection.commit();
    } catch (SQLException e) {
      throw rolledBack(connection, e);
    }
    connection.setAutoCommit(true);
    committedLines += chunk.size();
    counts = ledger.totals(runId);
    counts.saveTo(stepExecution.getExecutionContext());
    progress.chunkDone(counts, System.nanoTime() - started);
  }

  /**
   * Rolls back after {@code failure} and returns it: a rollback that fails too (DuckDB has no
   * transaction left after a failed commit, on a full disk say) is added to it as suppressed,
   * never thrown instead of it, so the message says what went wrong.
   */
  private static SQLException rolledBack(Connection connection, SQLException failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  private int stage(Chunk<? extends IngestedRecord> chunk, long runId) throws SQLException {
    int calls = 0;
    try (DuckDBAppender callStage = store.appender("calls_stage");
        DuckDBAppender quarantineStage = store.appender("quarantine_stage");
        DuckDBAppender promptStage = store.appender("prompts_stage")) {
      for (IngestedRecord record : chunk) {
        if (record instanceof CallRow row) {
          CallAppender.appendCall(callStage, row, runId);
          calls++;
          if (row.split() != null && row.split().systemPromptHash() != null
              && promptsStaged.put(row.split().systemPromptHash(), Boolean.TRUE) == null) {
            CallAppender.appendSystemPrompt(promptStage, row);
          }
        } else if (record instanceof QuarantinedLine line) {
          CallAppender.appendQuarantine(quarantineStage, line, runId);
        }
      }
    }
    return calls;
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    if (!ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
      // The lines of a chunk that failed to commit are read again by the restart: this execution
      // read only what it committed, or read = loaded + quarantined + duplicates breaks. The
      // store may be unusable now (a full disk): its counts are read by the restart.
      stepExecution.setReadCount(committedLines);
      return stepExecution.getExitStatus();
    }
    IngestCounts done;
    try {
      done = ledger.totals(runId); // a restart may have had nothing left to write
      files.markRead();
    } catch (SQLException e) {
      throw new StoreException("cannot read the ingest counts: " + e.getMessage(), e);
    }
    done.saveTo(stepExecution.getExecutionContext());
    log.info("{}: {}", stepExecution.getStepName(), done.describe(stepExecution.getReadCount()));
    if (done.quarantined() > 0 && ExitStatus.COMPLETED.equals(stepExecution.getExitStatus())) {
      return new ExitStatus(IngestCounts.COMPLETED_WITH_SKIPS,
          done.quarantined() + " lines quarantined");
    }
    return stepExecution.getExitStatus();
  }
}

package io.llmspend.batch.ingest;

import io.llmspend.batch.ingest.PartitionPlanner.Partition;
import io.llmspend.batch.store.DuckDbStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code ingest} step: merges the committed outputs of every partition of the run into
 * {@code calls}, {@code quarantine} and {@code prompts} in one DuckDB transaction (insert-if-absent,
 * {@code sql/load/merge_*.sql}), records the run's counts ({@link ChunkLedger}) and marks its files
 * read in the same transaction, then deletes the partitions' folder. Fails, naming them, when a
 * partition has no committed output. A merge that committed is not done again on restart. Its
 * step execution holds the run's {@link IngestCounts} and reads as many records as the
 * partitions read.
 */
class IngestMergeTasklet implements Tasklet {
  static final String STEP = "ingest";
  private static final Logger log = LoggerFactory.getLogger(IngestMergeTasklet.class);
  private final DuckDbStore store;
  private final long runId;
  private final PartitionFiles files;
  private final ChunkLedger ledger;

  IngestMergeTasklet(DuckDbStore store, long runId, PartitionFiles files) {
    this.store = store;
    this.runId = runId;
    this.files = files;
    this.ledger = new ChunkLedger(store);
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    long started = System.nanoTime();
    Optional<IngestCounts> merged = ledger.merged(runId);
    IngestCounts counts = merged.isPresent() ? merged.get() : merge(manifests());
    deleteQuietly(files);
    StepExecution step = contribution.getStepExecution();
    step.setReadCount(counts.read());
    counts.saveTo(step.getExecutionContext());
    log.info("{}: {} (merged in {} ms)", STEP, counts.describe(counts.read()),
        (System.nanoTime() - started) / 1_000_000);
    if (counts.quarantined() > 0) {
      contribution.setExitStatus(new ExitStatus(IngestCounts.COMPLETED_WITH_SKIPS,
          counts.quarantined() + " lines quarantined"));
    }
    return RepeatStatus.FINISHED;
  }

  /** Every planned partition's manifest; fails naming those without one. */
  private List<PartitionManifest> manifests() {
    List<Partition> plan = files.savedPlan().orElse(List.of());
    List<PartitionManifest> manifests = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Partition partition : plan) {
      files.manifest(partition.name()).ifPresentOrElse(manifests::add,
          () -> missing.add(partition.name()));
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("partitions without committed output in " + files.folder()
          + ": " + String.join(", ", missing));
    }
    return manifests;
  }

  private IngestCounts merge(List<PartitionManifest> manifests) throws SQLException {
    long calls = manifests.stream().mapToLong(PartitionManifest::calls).sum();
    long quarantined = manifests.stream().mapToLong(PartitionManifest::quarantined).sum();
    Connection connection = store.connection();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      long loaded = 0;
      if (!manifests.isEmpty()) {
        statement.execute(views(manifests));
        statement.execute(DuckDbStore.sql("load", "merge_firsts"));
        loaded = statement.executeUpdate(DuckDbStore.sql("load", "merge_calls"));
        statement.execute(DuckDbStore.sql("load", "merge_firsts_drop"));
        statement.executeUpdate(DuckDbStore.sql("load", "merge_quarantine"));
        statement.executeUpdate(DuckDbStore.sql("load", "merge_prompts"));
      }
      IngestCounts counts = new IngestCounts(loaded, quarantined, calls - loaded);
      ledger.recordMerge(connection, runId, counts);
      new FilePlan(store, runId).markRead();
      connection.commit();
      return counts;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** {@code sql/load/ingest_partitions.sql} over the partitions' Parquet files. */
  private String views(List<PartitionManifest> manifests) {
    String sql = DuckDbStore.sql("load", "ingest_partitions");
    for (String table : List.of("calls", "quarantine", "prompts")) {
      sql = sql.replace("${" + table + "}", manifests.stream()
          .map(m -> files.output(m.partition()).resolve(table + ".parquet"))
          .map(IngestMergeTasklet::literal)
          .collect(Collectors.joining(", ", "[", "]")));
    }
    return sql;
  }

  private static String literal(Path path) {
    return "'" + path.toString().replace("'", "''") + "'";
  }

  /** Deletes the run's partition outputs; a failure leaves files, never wrong numbers. */
  static void deleteQuietly(PartitionFiles files) {
    try {
      files.delete();
    } catch (IOException e) {
      log.warn("cannot delete {}: {}", files.folder(), e.getMessage());
    }
  }
}

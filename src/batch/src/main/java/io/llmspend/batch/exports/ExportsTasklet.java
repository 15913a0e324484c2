package io.llmspend.batch.exports;

import io.llmspend.batch.ingest.IngestCounts;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.CallPricer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads every {@code *.json} file under {@code <exports>/<provider>/} (any depth, path order).
 * No exports folder (the job parameter is empty or names no folder) loads nothing. Ends {@code
 * COMPLETED WITH SKIPS} when a result was quarantined.
 */
class ExportsTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(ExportsTasklet.class);
  private final DuckDbStore store;
  private final long runId;
  private final CallPricer pricer;
  private final Path root;

  /** @param root the exports folder, or {@code null} for none */
  ExportsTasklet(DuckDbStore store, CallPricer pricer, Path root, long runId) {
    this.runId = runId;
    this.store = store;
    this.pricer = pricer;
    this.root = root;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws IOException, SQLException {
    ExportLoader loader = new ExportLoader(store, pricer, runId);
    ExportCounts counts = ExportCounts.NONE;
    for (Path file : files(root)) {
      counts = counts.plus(loader.load(ExportFile.read(root, file)));
    }
    log.info("exports: {}", counts.describe());
    if (counts.quarantined() > 0) {
      contribution.setExitStatus(new ExitStatus(IngestCounts.COMPLETED_WITH_SKIPS,
          counts.quarantined() + " export records quarantined"));
    }
    return RepeatStatus.FINISHED;
  }

  /** The export files under {@code root}, in path order; none when it is not a folder. */
  static List<Path> files(Path root) throws IOException {
    if (root == null || !Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")
          && root.relativize(p).getNameCount() > 1).sorted().toList();
    }
  }
}

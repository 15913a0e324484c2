package io.llmspend.batch.ingest;

import io.llmspend.core.gateway.GatewayRecords;
import io.llmspend.core.requestlog.SourceLine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code ingestPartition} step: reads one partition's slices ({@link IngestPartitioner} put
 * them in the step's execution context), parses, re-counts and prices every record ({@link
 * IngestProcessor}) and commits the rows as the partition's output ({@link PartitionOutput}).
 * All or nothing: a partition killed midway leaves no output and is read again from its start; a
 * partition whose output is already committed is not read again. Needs no store: a worker on
 * another machine runs it the same. Thread-safe (one partition per call, nothing shared but the
 * thread-safe processor).
 */
final class PartitionIngestTasklet implements Tasklet {
  static final String NAME = "ingestPartition";
  static final String PARTITION_KEY = "ingest.partition.name";
  static final String RUN_KEY = "ingest.partition.run";
  static final String SLICES_KEY = "ingest.partition.slices";
  static final String OUTPUT_KEY = "ingest.partition.output";
  static final String BYTES_KEY = "ingest.partition.bytes";
  private static final Logger log = LoggerFactory.getLogger(PartitionIngestTasklet.class);
  private final IngestProcessor processor;
  private final int maxLineBytes;
  private final GatewayRecords gateway;

  PartitionIngestTasklet(IngestProcessor processor, int maxLineBytes, GatewayRecords gateway) {
    this.processor = processor;
    this.maxLineBytes = maxLineBytes;
    this.gateway = gateway;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    ExecutionContext context = chunkContext.getStepContext().getStepExecution()
        .getExecutionContext();
    String partition = context.getString(PARTITION_KEY);
    long runId = context.getLong(RUN_KEY);
    Path output = Path.of(context.getString(OUTPUT_KEY));
    PartitionFiles files = new PartitionFiles(output.getParent());
    Optional<PartitionManifest> done = files.manifest(partition);
    PartitionManifest manifest = done.isPresent() ? done.get()
        : read(PartitionFiles.decode(context.getString(SLICES_KEY)), runId, files, partition);
    contribution.getStepExecution().setReadCount(manifest.read());
    contribution.getStepExecution().setWriteCount(manifest.calls());
    contribution.getStepExecution().setFilterCount(manifest.quarantined());
    return RepeatStatus.FINISHED;
  }

  private PartitionManifest read(List<LogSlice> slices, long runId, PartitionFiles files,
      String partition) throws Exception {
    long started = System.nanoTime();
    Map<String, Integer> fileIndex = new HashMap<>();
    slices.forEach(slice -> fileIndex.put(slice.name(), slice.fileIndex()));
    RequestLogReader reader = RequestLogReader.ofSlices(slices, maxLineBytes, gateway);
    reader.open(new ExecutionContext());
    try (PartitionOutput out = new PartitionOutput(runId)) {
      SourceLine line;
      while ((line = reader.read()) != null) {
        out.add(processor.process(line), fileIndex.get(line.file()));
      }
      PartitionManifest manifest = out.commit(files, partition);
      log.debug("{}: {} records in {} ms", partition, manifest.read(),
          (System.nanoTime() - started) / 1_000_000);
      return manifest;
    } finally {
      reader.close();
    }
  }
}

package io.llmspend.batch.ingest;

import io.llmspend.batch.ingest.PartitionPlanner.Partition;
import io.llmspend.batch.ingest.RequestLogReader.LogFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Plans the {@code ingestPartitions} step: the run's files ({@link FilePlan}) cut into partitions
 * ({@link PartitionPlanner}), saved as the run's {@code plan.json} on its first start and read back
 * on a restart, so a restart has the same partitions whatever the files became. Each partition's
 * execution context holds everything a worker needs (slices, run id, output folder), see {@link
 * PartitionIngestTasklet}. The grid size is the threads that will run the partitions (this
 * process's, or the remote workers'): the planner cuts several partitions per thread.
 */
class IngestPartitioner implements Partitioner {
  private final Supplier<List<LogFile>> files;
  private final IntFunction<PartitionPlanner> planners;
  private final PartitionFiles output;
  private final long runId;

  IngestPartitioner(Supplier<List<LogFile>> files, IntFunction<PartitionPlanner> planners,
      PartitionFiles output, long runId) {
    this.files = files;
    this.planners = planners;
    this.output = output;
    this.runId = runId;
  }

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    List<Partition> plan = output.savedPlan().orElseGet(() -> {
      List<Partition> planned = planners.apply(gridSize).plan(files.get());
      output.savePlan(planned);
      return planned;
    });
    Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
    for (Partition partition : plan) {
      ExecutionContext context = new ExecutionContext();
      context.putString(PartitionIngestTasklet.PARTITION_KEY, partition.name());
      context.putLong(PartitionIngestTasklet.RUN_KEY, runId);
      context.putLong(PartitionIngestTasklet.BYTES_KEY, partition.bytes());
      context.putString(PartitionIngestTasklet.SLICES_KEY,
          PartitionFiles.encode(partition.slices()));
      context.putString(PartitionIngestTasklet.OUTPUT_KEY,
          output.output(partition.name()).toString());
      contexts.put(partition.name(), context);
    }
    return contexts;
  }
}

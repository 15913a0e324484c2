package io.llmspend.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SyncTaskExecutor;

class LargestFirstPartitionHandlerTest {

  @Test
  void handsThePartitionsOverLargestFirstThenByName() throws Exception {
    JobExecution job = new JobExecution(1, new JobInstance(1, "nightly"), new JobParameters());
    // given in an order that is neither by size nor by name; p00003 comes from a plan saved
    // before partitions had bytes (0)
    Set<StepExecution> partitions = new LinkedHashSet<>();
    partitions.add(partition(job, "ingestPartition:p00002", 8L));
    partitions.add(partition(job, "ingestPartition:p00003", null));
    partitions.add(partition(job, "ingestPartition:p00001", 61L));
    partitions.add(partition(job, "ingestPartition:p00004", 60L));
    partitions.add(partition(job, "ingestPartition:p00000", 60L));
    List<String> started = new ArrayList<>();
    Step step = new Step() {
      @Override
      public String getName() {
        return PartitionIngestTasklet.NAME;
      }

      @Override
      public void execute(StepExecution stepExecution) {
        started.add(stepExecution.getStepName());
      }
    };
    LargestFirstPartitionHandler handler = new LargestFirstPartitionHandler();
    handler.setStep(step);
    handler.setTaskExecutor(new SyncTaskExecutor());

    handler.doHandle(new StepExecution(1, "ingestPartitions", job), partitions);

    assertThat(started).containsExactly("ingestPartition:p00001", "ingestPartition:p00000",
        "ingestPartition:p00004", "ingestPartition:p00002", "ingestPartition:p00003");
  }

  private static StepExecution partition(JobExecution job, String name, Long bytes) {
    StepExecution execution = new StepExecution(name.hashCode(), name, job);
    if (bytes != null) {
      execution.getExecutionContext().putLong(PartitionIngestTasklet.BYTES_KEY, bytes);
    }
    return execution;
  }
}

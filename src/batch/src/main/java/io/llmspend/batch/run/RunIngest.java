package io.llmspend.batch.run;

import io.llmspend.batch.ingest.IngestCounts;
import java.util.Objects;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The ingest counts of a run (a job instance), over all its executions: a restarted run may not
 * run the ingest step again, or may run it in several executions.
 */
final class RunIngest {
  private RunIngest() {}

  /**
   * @return the counts the last ingest step execution of {@code job}'s instance saved
   * @throws IllegalStateException if the ingest step has not run, or if {@code read = loaded +
   *     quarantined + duplicates} does not hold against the lines its executions read
   */
  static IngestCounts checked(JobRepository repository, JobExecution job, String ingestStep) {
    JobInstance instance = job.getJobInstance();
    StepExecution last = repository.getLastStepExecution(instance, ingestStep);
    if (last == null) {
      throw new IllegalStateException("the " + ingestStep + " step has not run");
    }
    IngestCounts counts = IngestCounts.from(last.getExecutionContext());
    // Each execution's read count covers the chunks the job repository committed; a chunk
    // replayed after a crash is counted once in the repository and once in ingest_chunks.
    long read = repository.getJobExecutions(instance).stream()
        .flatMap(execution -> execution.getStepExecutions().stream())
        .filter(step -> Objects.equals(step.getStepName(), ingestStep))
        .mapToLong(StepExecution::getReadCount)
        .sum();
    if (counts.read() != read) {
      throw new IllegalStateException("lines lost: read " + read
          + " but loaded + quarantined + duplicates = " + counts.read());
    }
    return counts;
  }
}

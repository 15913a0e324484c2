package io.llmspend.batch.run;

import io.llmspend.batch.ingest.IngestCounts;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;
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
        .mapToLong(RunIngest::committedLines)
        .sum();
    if (counts.read() != read) {
      throw new IllegalStateException("lines lost: read " + read
          + " but loaded + quarantined + duplicates = " + counts.read());
    }
    return counts;
  }

  /**
   * The lines an execution of the ingest step read and committed. A failed execution's read count
   * also holds the chunk that failed to commit (on a full disk, say; the restart reads it again),
   * and the job repository may have kept it even when the step's own correction could not be
   * saved: its committed lines are the lines written (the processor filters none) and filtered.
   */
  private static long committedLines(StepExecution step) {
    return step.getStatus() == BatchStatus.COMPLETED ? step.getReadCount()
        : step.getWriteCount() + step.getFilterCount();
  }
}

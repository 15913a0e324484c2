package io.llmspend.batch.store;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Saves the job's execution context as soon as a tasklet's transaction has committed, before the
 * step is recorded completed. For the steps that leave something there for later steps or for
 * the exit code (the report date, the hard budgets exceeded, the run summary): Spring Batch 6
 * records a step completed first and saves the job's context only after the step has returned,
 * so a run killed in between would be restarted past the step without what it left. Killed
 * before this save, the step is not recorded completed and the restart runs it again.
 * Thread-safe (the repository is).
 */
public final class JobContextSaver implements ChunkListener<Object, Object> {
  private final JobRepository repository;

  public JobContextSaver(JobRepository repository) {
    this.repository = repository;
  }

  @Override
  public void afterChunk(ChunkContext context) {
    repository.updateExecutionContext(context.getStepContext().getStepExecution()
        .getJobExecution());
  }
}

package io.llmspend.batch.remote;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Runs one partition request on a worker, or declines it. What Spring Batch's {@code
 * StepExecutionRequestHandler} does, guarded for exactly-once: a request whose partition is
 * already complete (a redelivery after the worker that ran it died before its acknowledgement),
 * or whose run has ended (a request left in the queue by a failed run; the restart sends its own),
 * is dropped; a partition another worker started and left (killed mid-partition: RabbitMQ gives
 * the request back) is run again from its last committed state. A partition whose settings
 * fingerprint differs from this worker's is refused ({@link RefusedException}: the request goes
 * back to the queue for a worker configured like the manager). Thread-safe if the steps are.
 */
final class PartitionGuard {
  /** What became of a request. */
  enum Result { RAN, ALREADY_COMPLETE, RUN_ENDED, UNKNOWN }

  private static final Logger log = LoggerFactory.getLogger(PartitionGuard.class);
  private final JobRepository repository;
  private final Function<String, Step> steps;
  private final SettingsFingerprint own;

  /**
   * @param steps the worker's steps by name ({@code null} for an unknown name)
   * @param own this worker's settings fingerprint
   */
  PartitionGuard(JobRepository repository, Function<String, Step> steps, SettingsFingerprint own) {
    this.repository = repository;
    this.steps = steps;
    this.own = own;
  }

  /** @throws RefusedException when the partition's settings fingerprint is not this worker's */
  Result handle(StepExecutionRequest request) {
    StepExecution partition = repository.getStepExecution(request.getStepExecutionId());
    if (partition == null) {
      log.warn("no partition {} in the job repository: request dropped (is this worker on the "
          + "manager's job repository?)", request.getStepExecutionId());
      return Result.UNKNOWN;
    }
    if (partition.getStatus() == BatchStatus.COMPLETED) {
      log.info("{} is already complete: redelivered request dropped", partition.getStepName());
      return Result.ALREADY_COMPLETE;
    }
    if (!partition.getJobExecution().getStatus().isRunning()) {
      log.info("{}: its run (execution {}) has ended {}: request dropped, a restart sends its own",
          partition.getStepName(), partition.getJobExecutionId(),
          partition.getJobExecution().getStatus());
      return Result.RUN_ENDED;
    }
    refuseOtherSettings(partition);
    Step step = steps.apply(request.getStepName());
    if (step == null) {
      throw new IllegalStateException("this worker has no step " + request.getStepName());
    }
    run(step, partition);
    return Result.RAN;
  }

  private void refuseOtherSettings(StepExecution partition) {
    String run = partition.getExecutionContext().getString(SettingsFingerprint.KEY, "");
    if (!own.sha256().equals(run)) {
      throw new RefusedException("refused " + partition.getStepName() + ": this worker's "
          + "settings (sha256 " + own.shortSha() + ") differ from the run's (sha256 "
          + (run.isEmpty() ? "none" : run.substring(0, Math.min(12, run.length())))
          + "); give the worker the manager's price book and configuration. This worker: "
          + own.text().strip().replace('\n', ';'));
    }
  }

  private void run(Step step, StepExecution partition) {
    log.info("running {} (execution {}, status {})", partition.getStepName(), partition.getId(),
        partition.getStatus());
    try {
      step.execute(partition);
    } catch (JobInterruptedException e) {
      partition.setStatus(BatchStatus.STOPPED);
      repository.update(partition);
    } catch (Throwable e) {
      // the step saves its own end state; this is for a failure before it could
      partition.addFailureException(e);
      partition.setStatus(BatchStatus.FAILED);
      repository.update(partition);
    }
    log.info("{}: {}", partition.getStepName(), partition.getStatus());
  }

  /** The partition was made with other settings than this worker's: the request goes back. */
  static final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }
}

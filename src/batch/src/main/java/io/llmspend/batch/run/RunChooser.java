package io.llmspend.batch.run;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Chooses the job instance of a run. A run is identified by its request (logs, db, reports, date)
 * and a run sequence ({@code run.sequence}, 1, 2, ...). When the latest instance with the same
 * request failed, stopped or was left running by a process that died (the caller holds the
 * store's {@link RunLock}, so nobody else runs it), the run restarts that instance: same
 * parameters, same run key ({@code run.key}, not identifying) and so the same run id in the store, from the step and chunk where it stopped. When it completed (or was
 * abandoned, or was started by a version without run keys), the run is a new instance with the
 * next sequence.
 */
final class RunChooser {
  static final String SEQUENCE = "run.sequence";
  static final String KEY = "run.key";
  private static final Logger log = LoggerFactory.getLogger(RunChooser.class);
  private final JobRepository repository;
  private final JobOperator operator;
  private boolean restart;

  RunChooser(JobRepository repository, JobOperator operator) {
    this.repository = repository;
    this.operator = operator;
  }

  /**
   * @param job the job name
   * @param request the request's identifying parameters, without {@link #SEQUENCE}
   * @return the parameters to start: those of the instance to restart, or {@code request} with
   *     the next sequence
   */
  JobParameters choose(String job, JobParameters request) {
    restart = false;
    for (JobInstance instance : repository.findJobInstances(job).stream()
        .sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed()).toList()) {
      JobExecution last = lastExecution(instance);
      if (last == null || !sameRequest(last.getJobParameters(), request)) {
        continue;
      }
      long sequence = last.getJobParameters().getLong(SEQUENCE, 0L);
      if (last.getStatus().isRunning()) {
        log.warn("run {} (execution {}) was left {} by a process that ended without closing it: "
            + "marking it FAILED to restart it", instance.getInstanceId(), last.getId(),
            last.getStatus());
        last = operator.recover(last);
      }
      // runs started by older versions have no run key: they are not restarted
      boolean restartable = last.getJobParameters().getString(KEY) != null;
      if (restartable && (last.getStatus() == BatchStatus.FAILED
          || last.getStatus() == BatchStatus.STOPPED)) {
        log.info("restarting run {} (sequence {}), which ended {} in execution {}",
            instance.getInstanceId(), sequence, last.getStatus(), last.getId());
        restart = true;
        return last.getJobParameters();
      }
      return withSequence(request, sequence + 1);
    }
    return withSequence(request, 1);
  }

  /** Whether the last {@link #choose} chose a restart. */
  boolean restart() {
    return restart;
  }

  private static boolean sameRequest(JobParameters earlier, JobParameters request) {
    return request.parameters().stream().allMatch(p ->
        Objects.equals(p.value(), earlier.getParameter(p.name()) == null ? null
            : earlier.getParameter(p.name()).value()));
  }

  private static JobParameters withSequence(JobParameters request, long sequence) {
    return new JobParametersBuilder(request).addLong(SEQUENCE, sequence)
        .addString(KEY, UUID.randomUUID().toString(), false).toJobParameters();
  }

  /**
   * The instance's last execution, or {@code null} when it has none: a process killed between
   * creating the instance and its first execution leaves such an orphan, which is not restarted.
   */
  private JobExecution lastExecution(JobInstance instance) {
    try {
      return repository.getLastJobExecution(instance);
    } catch (IllegalStateException e) {
      log.warn("job instance {} has no execution (its process was killed as it started): "
          + "not restarted", instance.getInstanceId());
      return null;
    }
  }
}

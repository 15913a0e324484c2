package io.llmspend.batch.remote;

import java.time.LocalDateTime;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;

/**
 * The manager's partition handler: Spring Batch's {@link MessageChannelPartitionHandler}, polling
 * the shared job repository for finished partitions, which first writes the run's settings
 * fingerprint into every partition ({@link SettingsFingerprint}; a worker configured otherwise
 * refuses it) and fails the run at once when RabbitMQ goes away while it waits ({@link
 * BrokerWatch}). When the wait fails, the partitions not finished are marked FAILED, so the same
 * command restarts the run. Not thread-safe: one manager step uses it at a time.
 */
final class RemotePartitionHandler extends MessageChannelPartitionHandler {
  private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);
  private final JobRepository repository;
  private final SettingsFingerprint fingerprint;
  private final BrokerWatch broker;
  private final String queue;

  RemotePartitionHandler(JobRepository repository, SettingsFingerprint fingerprint,
      BrokerWatch broker, String queue) {
    this.repository = repository;
    this.fingerprint = fingerprint;
    this.broker = broker;
    this.queue = queue;
  }

  @Override
  protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions)
      throws Exception {
    if (partitions.isEmpty()) {
      return partitions;
    }
    setStepName(workerStep(partitions));
    for (StepExecution partition : partitions) {
      partition.getExecutionContext().putString(SettingsFingerprint.KEY, fingerprint.sha256());
      repository.updateExecutionContext(partition);
    }
    log.info("{}: {} partitions sent to the workers on queue {} (settings sha256 {})",
        manager.getStepName(), partitions.size(), queue, fingerprint.shortSha());
    broker.watch(Thread.currentThread());
    try {
      return super.doHandle(manager, partitions);
    } catch (InterruptedException e) {
      String lost = broker.unwatch();
      Exception failure = lost == null ? e : new IllegalStateException("lost RabbitMQ while "
          + "waiting for the workers (" + lost + "): run the same command again when it is "
          + "back; finished partitions are kept", e);
      throw failed(partitions, failure);
    } catch (Exception e) {
      throw failed(partitions, e);
    } finally {
      broker.unwatch();
    }
  }

  /**
   * Marks the partitions that have not finished FAILED, so the same command restarts the run
   * (Spring Batch refuses to restart a run with a step execution still running), and returns
   * {@code failure}. A worker still on one of them fails to save its end (its version is stale);
   * its committed output is found by the restart.
   */
  private Exception failed(Set<StepExecution> partitions, Exception failure) {
    for (StepExecution sent : partitions) {
      StepExecution partition = repository.getStepExecution(sent.getId());
      if (partition != null && partition.getStatus().isRunning()) {
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(
            "abandoned by the manager: " + failure.getMessage()));
        partition.setEndTime(LocalDateTime.now());
        repository.update(partition);
      }
    }
    return failure;
  }

  /** The step the partitions run: their names are {@code <worker step>:<partition>}. */
  private static String workerStep(Set<StepExecution> partitions) {
    String name = partitions.iterator().next().getStepName();
    int separator = name.indexOf(':');
    return separator < 0 ? name : name.substring(0, separator);
  }
}

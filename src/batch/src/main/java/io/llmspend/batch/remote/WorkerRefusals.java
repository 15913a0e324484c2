package io.llmspend.batch.remote;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;

/**
 * Hands each request body to the {@link PartitionGuard} and keeps the worker's refusal: once a
 * partition was refused (other settings than the run's), every request goes back to the queue
 * and the worker process ends ({@link #await}). A body that is no partition request is dropped,
 * never requeued for ever. Thread-safe.
 */
final class WorkerRefusals {
  private static final Logger log = LoggerFactory.getLogger(WorkerRefusals.class);
  private final CountDownLatch refused = new CountDownLatch(1);
  private volatile String reason;

  /** @throws PartitionGuard.RefusedException after a refusal: the request goes back */
  void take(PartitionGuard guard, String body) {
    if (reason != null) {
      throw new PartitionGuard.RefusedException(reason);
    }
    try {
      guard.handle(decode(body));
    } catch (PartitionGuard.RefusedException e) {
      reason = e.getMessage();
      log.error("llmspend worker: {}", reason);
      refused.countDown();
      throw e;
    }
  }

  /**
   * Waits up to {@code millis} for a refusal.
   *
   * @return the refusal's reason, or {@code null} when none came
   */
  String await(long millis) throws InterruptedException {
    return refused.await(millis, TimeUnit.MILLISECONDS) ? reason : null;
  }

  private static org.springframework.batch.integration.partition.StepExecutionRequest decode(
      String body) {
    try {
      return PartitionMessages.decode(body);
    } catch (IllegalArgumentException e) {
      throw new AmqpRejectAndDontRequeueException(e.getMessage(), e);
    }
  }
}

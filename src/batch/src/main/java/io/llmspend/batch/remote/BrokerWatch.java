package io.llmspend.batch.remote;

import com.rabbitmq.client.ShutdownSignalException;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionListener;

/**
 * Tells the manager when it loses RabbitMQ while it waits for its partitions: the broker went
 * away (stopped, unreachable), not a close of our own. The waiting thread is interrupted, so the
 * run fails at once with the reason instead of waiting for partitions nobody may send back.
 * Thread-safe.
 */
final class BrokerWatch implements ConnectionListener {
  private Thread waiting;
  private String lost;

  /** Watches for {@code thread}, the one waiting for the partitions. */
  synchronized void watch(Thread thread) {
    waiting = thread;
    lost = null;
  }

  /**
   * Stops watching.
   *
   * @return why the broker was lost while watched, or {@code null}
   */
  synchronized String unwatch() {
    waiting = null;
    if (lost != null) {
      Thread.interrupted(); // an interrupt that arrived after the wait ended is ours: clear it
    }
    return lost;
  }

  @Override
  public void onCreate(Connection connection) {
    // nothing to do: a new connection is the normal case
  }

  @Override
  public synchronized void onShutDown(ShutdownSignalException signal) {
    if (signal.isInitiatedByApplication() || waiting == null) {
      return;
    }
    lost = signal.getMessage();
    waiting.interrupt();
  }
}

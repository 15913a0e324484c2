package io.llmspend.batch.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scale-out policy (docs/scale-out.md): the nightly ingest's partitions run on {@code llmspend
 * worker} processes, sent over RabbitMQ ({@code spring.rabbitmq.*}), their state in the job
 * repository the manager and the workers share ({@code spring.datasource.*}, PostgreSQL).
 *
 * @param enabled the nightly job is a manager: it plans the partitions and sends them to workers
 *     ({@code llmspend nightly --workers remote} sets it); default false, partitions on threads
 * @param queue the RabbitMQ queue of partition requests (durable); default {@value #QUEUE}
 * @param pollInterval how often the manager reads the job repository for finished partitions
 *     (default 1 s)
 * @param timeout the longest the manager waits for all partitions before it fails the run
 *     (default 6 h; a worker killed mid-partition gives its partition back at once, this is for
 *     a partition nobody can take)
 * @param workers the worker threads the run is planned for (worker processes x {@code
 *     concurrency}; the partitioner's grid size: it cuts several partitions per thread, so a slow
 *     or lost worker delays only a small share); default 4
 * @param concurrency partitions one worker process runs at once (default 1)
 * @param worker set by {@code llmspend worker}: the process takes partitions; never set by hand
 */
@ConfigurationProperties(prefix = "llmspend.remote")
public record RemoteProperties(boolean enabled, String queue, Duration pollInterval,
    Duration timeout, Integer workers, Integer concurrency, boolean worker) {
  /** The default queue name. */
  public static final String QUEUE = "llmspend.ingest.partitions";

  public RemoteProperties {
    queue = queue == null || queue.isBlank() ? QUEUE : queue;
    pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    timeout = timeout == null ? Duration.ofHours(6) : timeout;
    workers = workers == null ? 4 : workers;
    concurrency = concurrency == null ? 1 : concurrency;
    if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()
        || workers < 1 || concurrency < 1) {
      throw new IllegalArgumentException("llmspend.remote.poll-interval and timeout must be "
          + "positive, workers and concurrency at least 1");
    }
  }
}

package io.llmspend.client;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where and how a {@link RequestLogWriter} writes, immutable:
 *
 * <pre>{@code
 * RequestLogConfig config = RequestLogConfig.builder(Path.of("logs/llm"))
 *     .timeZone(ZoneId.of("Europe/Berlin")).queueCapacity(10_000).build();
 * }</pre>
 *
 * @param directory the folder of the daily files, created when missing; point the nightly job's
 *     {@code --logs} at it
 * @param filePrefix the files are {@code <prefix><yyyy-mm-dd>.jsonl}, gzipped to {@code
 *     .jsonl.gz} when the day is over (default {@code llmspend-}; one prefix per process when
 *     several processes share the folder, e.g. the host name)
 * @param zone the zone of the files' days (default UTC)
 * @param queueCapacity lines held between the calling threads and the writer thread (default
 *     10,000)
 * @param fullPolicy what happens when the queue is full (default {@link
 *     QueueFullPolicy#BLOCK_BRIEFLY})
 * @param blockTimeout how long {@link QueueFullPolicy#BLOCK_BRIEFLY} waits (default 10 ms)
 * @param shutdownHook whether a JVM shutdown hook drains the queue and closes the file (default
 *     true)
 * @param clock the clock of the files' days (tests set it)
 */
public record RequestLogConfig(Path directory, String filePrefix, ZoneId zone, int queueCapacity,
    QueueFullPolicy fullPolicy, Duration blockTimeout, boolean shutdownHook, Clock clock) {

  public RequestLogConfig {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(fullPolicy, "fullPolicy");
    Objects.requireNonNull(clock, "clock");
    if (filePrefix == null || filePrefix.contains("/") || filePrefix.contains("\\")) {
      throw new IllegalArgumentException("file prefix must not be null or hold a separator: "
          + filePrefix);
    }
    if (queueCapacity < 1 || blockTimeout.isNegative()) {
      throw new IllegalArgumentException("queue capacity must be positive, block timeout not"
          + " negative");
    }
  }

  public static Builder builder(Path directory) {
    return new Builder(directory);
  }

  /** Builds a {@link RequestLogConfig}; not thread-safe. */
  public static final class Builder {
    private final Path directory;
    private String filePrefix = "llmspend-";
    private ZoneId zone = ZoneId.of("UTC");
    private int queueCapacity = 10_000;
    private QueueFullPolicy fullPolicy = QueueFullPolicy.BLOCK_BRIEFLY;
    private Duration blockTimeout = Duration.ofMillis(10);
    private boolean shutdownHook = true;
    private Clock clock = Clock.systemUTC();

    private Builder(Path directory) {
      this.directory = directory;
    }

    public Builder filePrefix(String prefix) { this.filePrefix = prefix; return this; }

    public Builder timeZone(ZoneId zone) { this.zone = zone; return this; }

    public Builder queueCapacity(int capacity) { this.queueCapacity = capacity; return this; }

    public Builder fullPolicy(QueueFullPolicy policy) { this.fullPolicy = policy; return this; }

    public Builder blockTimeout(Duration timeout) { this.blockTimeout = timeout; return this; }

    public Builder shutdownHook(boolean hook) { this.shutdownHook = hook; return this; }

    public Builder clock(Clock clock) { this.clock = clock; return this; }

    public RequestLogConfig build() {
      return new RequestLogConfig(directory, filePrefix, zone, queueCapacity, fullPolicy,
          blockTimeout, shutdownHook, clock);
    }
  }
}

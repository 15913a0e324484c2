package io.llmspend.client;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how a {@link RequestLogWriter} writes, immutable:
 *
 * <pre>{@code
 * RequestLogConfig config = RequestLogConfig.builder(Path.of("logs/llm"))
 *     .timeZone(ZoneId.of("Europe/Berlin")).queueCapacity(10_000).fileMode("rw-r-----").build();
 * }</pre>
 *
 * @param directory the folder of the daily files, created when missing; point the nightly job's
 *     {@code --logs} at it
 * @param filePrefix the files are {@code <prefix><yyyy-mm-dd>.jsonl}, gzipped to {@code
 *     .jsonl.gz} when the day is over (default {@code llmspend-}; one prefix per process when
 *     several processes share the folder, e.g. the host name)
 * @param fileMode the POSIX permissions of the files (the day's plain file when created or
 *     reopened, its gzip on roll, and their temporary files), exactly, whatever the process's
 *     umask (default {@code rw-r-----}: owner and group read, so the nightly job can read them
 *     through a shared group; they hold prompt bodies, so never others). Must include owner read
 *     and write. Not applied, with one warning, on a file system without POSIX permissions
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
public record RequestLogConfig(Path directory, String filePrefix,
    Set<PosixFilePermission> fileMode, ZoneId zone, int queueCapacity, QueueFullPolicy fullPolicy,
    Duration blockTimeout, boolean shutdownHook, Clock clock) {

  /** The default {@link #fileMode}: owner read and write, group read. */
  public static final String DEFAULT_FILE_MODE = "rw-r-----";

  public RequestLogConfig {
    fileMode = Set.copyOf(Objects.requireNonNull(fileMode, "fileMode"));
    if (!fileMode.contains(PosixFilePermission.OWNER_READ)
        || !fileMode.contains(PosixFilePermission.OWNER_WRITE)) {
      throw new IllegalArgumentException("file mode must let the owner read and write (the"
          + " writer appends and gzips): " + PosixFilePermissions.toString(fileMode));
    }
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
    private Set<PosixFilePermission> fileMode = PosixFilePermissions.fromString(DEFAULT_FILE_MODE);
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

    /**
     * @param mode nine characters as {@code ls -l} shows them, e.g. {@code rw-r-----}
     * @throws IllegalArgumentException if {@code mode} is not of that form
     */
    public Builder fileMode(String mode) {
      this.fileMode = PosixFilePermissions.fromString(mode);
      return this;
    }

    public Builder fileMode(Set<PosixFilePermission> mode) { this.fileMode = mode; return this; }

    public Builder timeZone(ZoneId zone) { this.zone = zone; return this; }

    public Builder queueCapacity(int capacity) { this.queueCapacity = capacity; return this; }

    public Builder fullPolicy(QueueFullPolicy policy) { this.fullPolicy = policy; return this; }

    public Builder blockTimeout(Duration timeout) { this.blockTimeout = timeout; return this; }

    public Builder shutdownHook(boolean hook) { this.shutdownHook = hook; return this; }

    public Builder clock(Clock clock) { this.clock = clock; return this; }

    public RequestLogConfig build() {
      return new RequestLogConfig(directory, filePrefix, fileMode, zone, queueCapacity,
          fullPolicy, blockTimeout, shutdownHook, clock);
    }
  }
}

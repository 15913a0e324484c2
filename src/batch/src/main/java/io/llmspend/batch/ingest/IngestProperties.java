package io.llmspend.batch.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ingest policy.
 *
 * @param maxLineBytes the longest request-log line kept, in bytes; a longer line is quarantined
 *     (default 8 MiB)
 * @param chunkSize deprecated and ignored since the partitioned ingest (it commits whole
 *     partitions, sized by {@code partitionBytes}); accepted so that existing configuration files
 *     still start, with a warning at start-up ({@link DeprecatedIngestSettings}); null when not set
 * @param threads partitions read, parsed, re-counted and priced at once (default: the number of
 *     processors, at most 4)
 * @param partitionBytes the most bytes of log files (on disk) one partition reads (default 64
 *     MiB); runs are cut into smaller ones so that every thread gets several ({@link
 *     PartitionPlanner})
 * @param partitionDir where partitions write their outputs before the merge (default: the
 *     folder {@code <store file>.partitions} next to the store)
 */
@ConfigurationProperties(prefix = "llmspend.ingest")
public record IngestProperties(Integer maxLineBytes, Integer chunkSize, Integer threads,
    Long partitionBytes, String partitionDir) {
  public IngestProperties {
    maxLineBytes = maxLineBytes == null ? 8 * 1024 * 1024 : maxLineBytes;
    threads = threads == null ? Math.min(4, Runtime.getRuntime().availableProcessors()) : threads;
    partitionBytes = partitionBytes == null ? 64L << 20 : partitionBytes;
    if (maxLineBytes < 1 || threads < 1 || partitionBytes < 1) {
      throw new IllegalArgumentException("llmspend.ingest values must be positive");
    }
  }
}

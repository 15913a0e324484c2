package io.llmspend.batch.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ingest policy.
 *
 * @param maxLineBytes the longest request-log line kept, in bytes; a longer line is quarantined
 *     (default 8 MiB)
 * @param chunkSize lines per chunk, i.e. per DuckDB transaction and restart point (default 5,000)
 * @param threads threads that parse, re-count and price the lines of a chunk (default: the
 *     number of processors, at most 4)
 */
@ConfigurationProperties(prefix = "llmspend.ingest")
public record IngestProperties(Integer maxLineBytes, Integer chunkSize, Integer threads) {
  public IngestProperties {
    maxLineBytes = maxLineBytes == null ? 8 * 1024 * 1024 : maxLineBytes;
    chunkSize = chunkSize == null ? 5_000 : chunkSize;
    threads = threads == null ? Math.min(4, Runtime.getRuntime().availableProcessors()) : threads;
    if (maxLineBytes < 1 || chunkSize < 1 || threads < 1) {
      throw new IllegalArgumentException("llmspend.ingest values must be positive");
    }
  }
}

package io.llmspend.batch.ingest;

import org.slf4j.Logger;

/** Logs a step's progress in lines per second, at most every {@link #EVERY_NANOS}. */
final class ProgressLog {
  private static final long EVERY_NANOS = 5_000_000_000L;
  private final String step;
  private final Logger log;
  private final long started = System.nanoTime();
  private long lastLogged = started;
  private long writeNanos;

  ProgressLog(String step, Logger log) {
    this.step = step;
    this.log = log;
  }

  /**
   * @param counts the step's counts so far
   * @param chunkWriteNanos how long the chunk took to write to DuckDB
   */
  void chunkDone(IngestCounts counts, long chunkWriteNanos) {
    writeNanos += chunkWriteNanos;
    long now = System.nanoTime();
    if (now - lastLogged < EVERY_NANOS) {
      return;
    }
    lastLogged = now;
    double seconds = (now - started) / 1e9;
    log.info("{}: {} lines so far, {} lines/s, {}% of the time writing to DuckDB", step,
        String.format("%,d", counts.read()), String.format("%,.0f", counts.read() / seconds),
        String.format("%.0f", 100.0 * writeNanos / (now - started)));
  }
}

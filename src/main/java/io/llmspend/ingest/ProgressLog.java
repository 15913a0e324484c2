package io.llmspend.ingest;

import org.slf4j.Logger;

/** Logs a step's progress in lines per second, at most every {@link #EVERY_NANOS}. */
final class ProgressLog {
  private static final long EVERY_NANOS = 5_000_000_000L;
  private final String step;
  private final Logger log;
  private final long started = System.nanoTime();
  private long lastLogged = started;

  ProgressLog(String step, Logger log) {
    this.step = step;
    this.log = log;
  }

  void chunkDone(IngestCounts counts) {
    long now = System.nanoTime();
    if (now - lastLogged < EVERY_NANOS) {
      return;
    }
    lastLogged = now;
    double seconds = (now - started) / 1e9;
    log.info("{}: {} lines so far, {} lines/s", step, String.format("%,d", counts.read()),
        String.format("%,.0f", counts.read() / seconds));
  }
}

package io.llmspend.client;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of a {@link RequestLogWriter} since it started; thread-safe, read at any time (published
 * as {@code llmspend.requestlog.*} by {@link LlmSpendMeterBinder}).
 */
public final class WriterMetrics {
  final LongAdder queued = new LongAdder();
  final LongAdder written = new LongAdder();
  final LongAdder dropped = new LongAdder();
  final LongAdder failed = new LongAdder();
  final LongAdder rolled = new LongAdder();

  WriterMetrics() {}

  /** Lines accepted into the queue. */
  public long queued() {
    return queued.sum();
  }

  /** Lines written to a file. */
  public long written() {
    return written.sum();
  }

  /** Lines dropped because the queue was full ({@link QueueFullPolicy}). */
  public long dropped() {
    return dropped.sum();
  }

  /** Lines lost to an I/O error (logged with the error). */
  public long failed() {
    return failed.sum();
  }

  /** Daily files closed and gzipped. */
  public long rolled() {
    return rolled.sum();
  }
}

package io.llmspend.client;

/**
 * What {@link RequestLogWriter#record} does when its queue is full (the disk is slower than the
 * calls, or stalled). Either way nothing is lost silently: every dropped line is counted ({@link
 * WriterMetrics#dropped()}, the {@code llmspend.requestlog.dropped} meter) and logged at most once
 * a minute with the running count.
 */
public enum QueueFullPolicy {
  /**
   * The default: the calling thread waits up to the configured block timeout (default 10 ms) for
   * room, then drops the line. Absorbs short stalls without slowing calls much.
   */
  BLOCK_BRIEFLY,
  /** Drop the line at once: the call path never waits. */
  DROP
}

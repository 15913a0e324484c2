package io.llmspend.client;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of what a guard did since it was created; thread-safe, read at any time (the Micrometer
 * binder publishes them as {@code llmspend.guard.*} counters).
 */
public final class GuardMetrics {
  final LongAdder reserved = new LongAdder();
  final LongAdder refused = new LongAdder();
  final LongAdder softExceeded = new LongAdder();
  final LongAdder unavailableAllowed = new LongAdder();
  final LongAdder unavailableRefused = new LongAdder();
  final LongAdder settled = new LongAdder();
  final LongAdder released = new LongAdder();
  final LongAdder settleFailed = new LongAdder();
  final LongAdder unpriced = new LongAdder();

  GuardMetrics() {}

  /** Reservations made on Redis. */
  public long reserved() {
    return reserved.sum();
  }

  /** Calls refused by a hard budget. */
  public long refused() {
    return refused.sum();
  }

  /** Calls allowed over a soft budget's limit. */
  public long softExceeded() {
    return softExceeded.sum();
  }

  /** Calls allowed without a reservation because Redis was unavailable (fail-open). */
  public long unavailableAllowed() {
    return unavailableAllowed.sum();
  }

  /** Calls refused because Redis was unavailable and a budget fails closed. */
  public long unavailableRefused() {
    return unavailableRefused.sum();
  }

  /** Reservations settled. */
  public long settled() {
    return settled.sum();
  }

  /** Reservations released. */
  public long released() {
    return released.sum();
  }

  /** Settlements or releases Redis did not take (their reservations expire; nightly corrects). */
  public long settleFailed() {
    return settleFailed.sum();
  }

  /** Calls whose model the price book does not price (nothing reserved or spent live). */
  public long unpriced() {
    return unpriced.sum();
  }
}

package io.llmspend.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param calls number of valid calls (1..10,000,000); duplicate and malformed lines come on top
 * @param days number of whole UTC days (1..366) starting at {@code startDate}
 * @param seed random seed: the same options give byte-identical files
 * @param out output folder, created if missing
 * @param startDate first UTC day
 * @param malformedRate malformed lines per call (0..0.01); above 0, at least one line of each
 *     of the four malformed kinds
 */
public record SampleOptions(
    int calls, int days, long seed, Path out, LocalDate startDate, double malformedRate) {

  /** The default first day, Monday 2026-11-16. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 11, 16);

  /** The default malformed-line rate: 1 line in 5,000 calls. */
  public static final double DEFAULT_MALFORMED_RATE = 0.0002;

  /**
   * @throws IllegalArgumentException if a number is out of range
   * @throws NullPointerException if {@code out} or {@code startDate} is null
   */
  public SampleOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(startDate, "startDate");
    if (calls < 1 || calls > 10_000_000) {
      throw new IllegalArgumentException("calls must be 1..10000000, was " + calls);
    }
    if (days < 1 || days > 366) {
      throw new IllegalArgumentException("days must be 1..366, was " + days);
    }
    if (!(malformedRate >= 0 && malformedRate <= 0.01)) {
      throw new IllegalArgumentException("malformedRate must be 0..0.01, was " + malformedRate);
    }
  }

  /** Options with the default start date and malformed-line rate. */
  public static SampleOptions of(int calls, int days, long seed, Path out) {
    return new SampleOptions(calls, days, seed, out, DEFAULT_START, DEFAULT_MALFORMED_RATE);
  }
}

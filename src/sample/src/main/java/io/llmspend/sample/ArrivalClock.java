package io.llmspend.sample;

import io.llmspend.sample.FunctionSpec.Arrival;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Draws call times. Interactive traffic follows a diurnal curve in UTC (a company with offices in
 * Europe and the US east coast: quiet nights, busy 08:00-16:00 UTC) and weekends carry about a
 * third of a weekday's traffic; nightly batch jobs run 01:00-05:00 UTC every day. The curve is an
 * assumption: the public Azure trace covers one hour only. Immutable.
 */
final class ArrivalClock {
  private static final double[] HOURLY = {
    0.15, 0.10, 0.08, 0.08, 0.10, 0.20, 0.45, 0.80, 1.00, 1.00, 0.95, 0.85,
    0.90, 1.00, 1.00, 0.95, 0.85, 0.70, 0.55, 0.45, 0.35, 0.30, 0.25, 0.20
  };
  private static final double WEEKEND = 0.35;

  private final LocalDate start;
  private final int days;

  ArrivalClock(LocalDate start, int days) {
    this.start = start;
    this.days = days;
  }

  /** A time inside the period for a call of this arrival kind. */
  Instant draw(Arrival arrival, Random random) {
    LocalDate day = start.plusDays(pickDay(arrival, random));
    int hour = arrival == Arrival.NIGHTLY ? 1 + random.nextInt(4) : pickHour(random);
    long millis = hour * 3_600_000L + random.nextInt(3_600_000);
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusMillis(millis);
  }

  /** The first instant after the period. */
  Instant end() {
    return start.plusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private int pickDay(Arrival arrival, Random random) {
    double total = 0;
    for (int d = 0; d < days; d++) {
      total += weight(arrival, d);
    }
    double x = random.nextDouble() * total;
    for (int d = 0; d < days; d++) {
      x -= weight(arrival, d);
      if (x < 0) {
        return d;
      }
    }
    return days - 1;
  }

  private double weight(Arrival arrival, int dayIndex) {
    DayOfWeek dow = start.plusDays(dayIndex).getDayOfWeek();
    boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    return arrival == Arrival.INTERACTIVE && weekend ? WEEKEND : 1.0;
  }

  private static int pickHour(Random random) {
    double total = 0;
    for (double w : HOURLY) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int h = 0; h < HOURLY.length; h++) {
      x -= HOURLY[h];
      if (x < 0) {
        return h;
      }
    }
    return HOURLY.length - 1;
  }
}

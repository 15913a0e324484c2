package io.llmspend.core.live;

import io.llmspend.core.budget.BudgetPeriod;
import io.llmspend.core.budget.BudgetProperties;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The calendar of live budgets: days of {@code zone} (the nightly job's {@code
 * llmspend.time-zone}), weeks from {@code firstDayOfWeek}, quarters from {@code
 * fiscalYearStartMonth} ({@code llmspend.budget.*}), as the nightly job counts them. A period's
 * Redis keys expire at the period's end in the zone plus {@code expiryMargin}, so the nightly run
 * after the last day can still correct and read them.
 *
 * @param zone the time zone of calendar days
 * @param firstDayOfWeek the first day of a week period
 * @param fiscalYearStartMonth the month quarters start from
 * @param expiryMargin how long a period's keys outlive the period, not negative
 */
public record BudgetCalendar(ZoneId zone, DayOfWeek firstDayOfWeek, Month fiscalYearStartMonth,
    Duration expiryMargin) {

  /** The default margin: two days, enough for the nightly run after a period's last day. */
  public static final Duration DEFAULT_MARGIN = Duration.ofDays(2);

  public BudgetCalendar {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
    Objects.requireNonNull(fiscalYearStartMonth, "fiscalYearStartMonth");
    if (expiryMargin == null || expiryMargin.isNegative()) {
      throw new IllegalArgumentException("expiry margin must be zero or more: " + expiryMargin);
    }
  }

  /** The nightly job's budget settings in {@code zone}, with the default margin. */
  public static BudgetCalendar of(ZoneId zone, BudgetProperties budget) {
    return new BudgetCalendar(zone, budget.firstDayOfWeek(), budget.fiscalYearStartMonth(),
        DEFAULT_MARGIN);
  }

  /** The calendar day of an instant in the zone. */
  public LocalDate day(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** The first day of the period of {@code period} that holds {@code day}. */
  public LocalDate periodStart(BudgetPeriod period, LocalDate day) {
    return period.start(day, firstDayOfWeek, fiscalYearStartMonth);
  }

  /** The instant the period starting on {@code start} ends: midnight after its last day. */
  public Instant periodEnd(BudgetPeriod period, LocalDate start) {
    return period.end(start).plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** When the period's keys expire, in Unix seconds: its end plus the margin. */
  public long expireAt(BudgetPeriod period, LocalDate start) {
    return periodEnd(period, start).plus(expiryMargin).getEpochSecond();
  }
}

package io.llmspend.core.budget;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A calendar period of a budget, over the calendar days of {@code llmspend.time-zone}: the day,
 * the week (from {@code first-day-of-week}), the month, or the quarter (quarters start in {@code
 * fiscal-year-start-month} and every three months after it).
 */
public enum BudgetPeriod {
  DAY, WEEK, MONTH, QUARTER;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the allowed values */
  static BudgetPeriod parse(String text) {
    return Arrays.stream(values()).filter(p -> p.key().equals(text)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("period must be one of "
            + Arrays.stream(values()).map(BudgetPeriod::key).collect(Collectors.joining(", "))
            + ": " + text));
  }

  /** The first day of the period that holds {@code date}. */
  public LocalDate start(LocalDate date, DayOfWeek firstDayOfWeek, Month fiscalYearStart) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> {
        int monthsIn = Math.floorMod(date.getMonthValue() - fiscalYearStart.getValue(), 3);
        yield date.withDayOfMonth(1).minusMonths(monthsIn);
      }
    };
  }

  /** The last day of the period that starts on {@code start}. */
  public LocalDate end(LocalDate start) {
    return switch (this) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
    };
  }
}

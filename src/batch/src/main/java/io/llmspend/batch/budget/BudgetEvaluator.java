package io.llmspend.batch.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Status and forecast of one budget and member, in exact decimals.
 *
 * <p>Forecast: the run-rate of the window, weekdays and weekend days apart (each the window's
 * spend on such days divided by the number of such days, 12 decimals half-even); every day after
 * the report date through the period's end adds the rate of its kind. A kind with no day in the
 * window borrows the other kind's rate; an empty window forecasts no more spend. Thread-safe.
 */
final class BudgetEvaluator {
  private static final int RATE_SCALE = 12;
  private static final int PERCENT_SCALE = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BudgetEvaluator() {}

  static Evaluation evaluate(SpendInputs in) {
    BigDecimal spent = in.spentUsd();
    BigDecimal limit = in.limitUsd();
    Integer reached = null;
    for (int threshold : in.thresholds()) {
      if (spent.multiply(HUNDRED).compareTo(limit.multiply(BigDecimal.valueOf(threshold))) >= 0) {
        reached = threshold;
      }
    }
    boolean exceeded = spent.compareTo(limit) > 0;
    String status = exceeded ? Evaluation.EXCEEDED : reached == null ? Evaluation.OK
        : Evaluation.WARNING;
    BigDecimal[] rates = rates(in);
    BigDecimal forecast = spent;
    LocalDate breach = null;
    for (LocalDate day = in.reportDate().plusDays(1); !day.isAfter(in.periodEnd());
        day = day.plusDays(1)) {
      forecast = forecast.add(weekend(day) ? rates[1] : rates[0]);
      if (breach == null && !exceeded && forecast.compareTo(limit) > 0) {
        breach = day;
      }
    }
    return new Evaluation(limit.subtract(spent), percent(spent, limit), status, reached,
        forecast, percent(forecast, limit), breach);
  }

  /** {weekday rate, weekend rate} in USD per day. */
  private static BigDecimal[] rates(SpendInputs in) {
    long weekdays = 0;
    long weekendDays = 0;
    for (LocalDate day = in.windowStart(); !day.isAfter(in.reportDate()); day = day.plusDays(1)) {
      if (weekend(day)) {
        weekendDays++;
      } else {
        weekdays++;
      }
    }
    BigDecimal weekday = rate(in.windowWeekdayUsd(), weekdays);
    BigDecimal weekend = rate(in.windowWeekendUsd(), weekendDays);
    weekday = weekday == null ? weekend : weekday;
    weekend = weekend == null ? weekday : weekend;
    return weekday == null ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}
        : new BigDecimal[] {weekday, weekend};
  }

  private static BigDecimal rate(BigDecimal usd, long days) {
    return days == 0 ? null : usd.divide(BigDecimal.valueOf(days), RATE_SCALE,
        RoundingMode.HALF_EVEN);
  }

  private static BigDecimal percent(BigDecimal usd, BigDecimal limit) {
    return usd.divide(limit, PERCENT_SCALE, RoundingMode.HALF_EVEN);
  }

  static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}

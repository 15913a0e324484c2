package io.llmspend.core.budget;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Month;

/**
 * Budget policy, under {@code llmspend.budget}. Calendar days are those of {@code
 * llmspend.time-zone}.
 *
 * @param file the budgets file (default {@code jobs/budgets.yml}; missing = no budgets)
 * @param firstDayOfWeek the first day of a {@code week} period (default {@code MONDAY})
 * @param fiscalYearStartMonth the month a fiscal year starts; {@code quarter} periods start in it
 *     and every three months after (default {@code JANUARY}: calendar quarters)
 * @param forecastDays the run-rate window: the last N days through the report date (default 14,
 *     at least 1); days before the first call in the store are not counted
 */
public record BudgetProperties(Path file, DayOfWeek firstDayOfWeek, Month fiscalYearStartMonth,
    Integer forecastDays) {

  public static final int DEFAULT_FORECAST_DAYS = 14;

  /** @throws IllegalArgumentException when {@code forecastDays} is less than 1 */
  public BudgetProperties {
    file = file == null ? Path.of("jobs", "budgets.yml") : file;
    firstDayOfWeek = firstDayOfWeek == null ? DayOfWeek.MONDAY : firstDayOfWeek;
    fiscalYearStartMonth = fiscalYearStartMonth == null ? Month.JANUARY : fiscalYearStartMonth;
    forecastDays = forecastDays == null ? DEFAULT_FORECAST_DAYS : forecastDays;
    if (forecastDays < 1) {
      throw new IllegalArgumentException("llmspend.budget.forecast-days must be >= 1: "
          + forecastDays);
    }
  }

  /** The defaults, for use without Spring. */
  public static BudgetProperties defaults() {
    return new BudgetProperties(null, null, null, null);
  }
}

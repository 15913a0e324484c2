package io.llmspend.batch.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the store knows of one budget and member at a run (from {@code sql/budget/budget_inputs}),
 * the input of {@link BudgetEvaluator}. Money in USD.
 *
 * @param reportDate the last day counted
 * @param periodStart first day of the current period
 * @param periodEnd last day of the current period (not before {@code reportDate})
 * @param limitUsd the limit
 * @param thresholds alert thresholds in percent, ascending
 * @param spentUsd spend from {@code periodStart} through {@code reportDate}
 * @param windowStart first day of the run-rate window (its last day is {@code reportDate})
 * @param windowWeekdayUsd spend on Monday to Friday in the window
 * @param windowWeekendUsd spend on Saturday and Sunday in the window
 */
record SpendInputs(LocalDate reportDate, LocalDate periodStart, LocalDate periodEnd,
    BigDecimal limitUsd, List<Integer> thresholds, BigDecimal spentUsd, LocalDate windowStart,
    BigDecimal windowWeekdayUsd, BigDecimal windowWeekendUsd) {

  SpendInputs {
    Objects.requireNonNull(spentUsd, "spentUsd");
    thresholds = List.copyOf(thresholds);
    if (periodEnd.isBefore(reportDate) || reportDate.isBefore(periodStart)) {
      throw new IllegalArgumentException("report date " + reportDate + " outside the period "
          + periodStart + ".." + periodEnd);
    }
  }
}

package io.llmspend.batch.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The status of one budget and member at a run. Money in USD, percents as fractions (1 = 100%).
 *
 * @param remainingUsd limit minus spent; negative when exceeded
 * @param percentUsed spent / limit, 6 decimals (half-even)
 * @param status {@code ok}, {@code warning} (a threshold reached) or {@code exceeded} (spent
 *     above the limit; spent equal to the limit is 100% and not exceeded)
 * @param thresholdReached the highest threshold reached (percent), or {@code null}
 * @param forecastUsd projected spend at the period's end
 * @param forecastPercent forecast / limit, 6 decimals
 * @param projectedBreachDate the first day after the report date on which the forecast goes
 *     above the limit, or {@code null} (not projected, or already exceeded)
 */
record Evaluation(BigDecimal remainingUsd, BigDecimal percentUsed, String status,
    Integer thresholdReached, BigDecimal forecastUsd, BigDecimal forecastPercent,
    LocalDate projectedBreachDate) {

  static final String OK = "ok";
  static final String WARNING = "warning";
  static final String EXCEEDED = "exceeded";
}

package io.llmspend.batch.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A budget member's status at the last nightly run ({@code budget_status}). Money in USD.
 *
 * @param budget the budget name
 * @param member the member ({@code (all)} for global budgets, {@code key=value} for tags)
 * @param reportDate the last day the run counted
 * @param periodStart first day of the period
 * @param periodEnd last day of the period
 * @param limitUsd the limit
 * @param spentUsd spent from the period start through the report date
 * @param remainingUsd limit minus spent; negative when exceeded
 * @param status {@code ok}, {@code warning} or {@code exceeded}
 * @param enforcement {@code hard} or {@code soft}
 */
public record BudgetRemaining(String budget, String member, LocalDate reportDate,
    LocalDate periodStart, LocalDate periodEnd, BigDecimal limitUsd, BigDecimal spentUsd,
    BigDecimal remainingUsd, String status, String enforcement) {}

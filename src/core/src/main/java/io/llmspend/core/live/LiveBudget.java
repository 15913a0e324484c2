package io.llmspend.core.live;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The live state of one budget member in one period, in USD (6 decimals).
 *
 * @param budget the budget's name
 * @param member the member label ({@code key=value} for tag budgets)
 * @param enforcement {@code hard} or {@code soft}
 * @param periodStart the period's first day
 * @param periodEnd the period's last day
 * @param limitUsd the limit
 * @param spentUsd settled spend, corrected by the last nightly run
 * @param reservedUsd open reservations
 * @param openReservations how many reservations are open
 * @param expired reservations that expired unsettled (their process died)
 * @param late settlements that came after their reservation expired
 * @param correctionUsd what the last nightly correction added (negative: removed)
 * @param correctedThrough the last day the nightly job corrected, or {@code null}
 */
public record LiveBudget(String budget, String member, String enforcement,
    LocalDate periodStart, LocalDate periodEnd, BigDecimal limitUsd, BigDecimal spentUsd,
    BigDecimal reservedUsd, long openReservations, long expired, long late,
    BigDecimal correctionUsd, LocalDate correctedThrough) {

  /** Limit minus spent minus reserved; negative when over. */
  public BigDecimal remainingUsd() {
    return limitUsd.subtract(spentUsd).subtract(reservedUsd);
  }
}

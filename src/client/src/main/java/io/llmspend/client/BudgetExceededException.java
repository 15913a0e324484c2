package io.llmspend.client;

import java.math.BigDecimal;

/**
 * A hard budget refused a call: its spend plus open reservations plus this call's estimate would
 * go over its limit. Nothing was reserved on any budget. Money in USD.
 */
public final class BudgetExceededException extends RuntimeException {
  private final String budget;
  private final String member;
  private final BigDecimal limitUsd;
  private final BigDecimal spentUsd;
  private final BigDecimal reservedUsd;
  private final BigDecimal estimateUsd;

  BudgetExceededException(String budget, String member, BigDecimal limitUsd, BigDecimal spentUsd,
      BigDecimal reservedUsd, BigDecimal estimateUsd) {
    super("budget " + budget + " / " + member + " would be exceeded: limit $" + limitUsd
        + ", spent $" + spentUsd + ", reserved $" + reservedUsd + ", this call's estimate $"
        + estimateUsd);
    this.budget = budget;
    this.member = member;
    this.limitUsd = limitUsd;
    this.spentUsd = spentUsd;
    this.reservedUsd = reservedUsd;
    this.estimateUsd = estimateUsd;
  }

  public String budget() {
    return budget;
  }

  public String member() {
    return member;
  }

  public BigDecimal limitUsd() {
    return limitUsd;
  }

  public BigDecimal spentUsd() {
    return spentUsd;
  }

  public BigDecimal reservedUsd() {
    return reservedUsd;
  }

  public BigDecimal estimateUsd() {
    return estimateUsd;
  }
}

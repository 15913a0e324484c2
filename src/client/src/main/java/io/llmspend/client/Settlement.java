package io.llmspend.client;

import io.llmspend.core.live.Micros;
import io.llmspend.core.pricing.TokenUsage;
import java.math.BigDecimal;

/**
 * What a settled call cost, priced as the nightly job prices its request-log line (same usage
 * normalization, price book, timestamp, batch flag and service tier).
 *
 * @param usage the billed tokens ({@link TokenUsage#ZERO} for a release)
 * @param serviceTier the tier the call was priced at (the provider's, else the requested one)
 * @param costUsd the exact cost in USD (up to 12 decimals), or {@code null} when unpriced
 * @param settledMicros what the live budgets were charged: the cost rounded to the micro-dollar
 *     (half up), 0 when unpriced or released
 * @param unpricedReason why the call is unpriced, or {@code null}
 */
public record Settlement(TokenUsage usage, String serviceTier, BigDecimal costUsd,
    long settledMicros, String unpricedReason) {

  /** The live budgets' charge in USD (6 decimals). */
  public BigDecimal settledUsd() {
    return Micros.usd(settledMicros);
  }

  public boolean priced() {
    return costUsd != null;
  }
}

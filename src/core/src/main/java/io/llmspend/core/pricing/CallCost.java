package io.llmspend.core.pricing;

import java.math.BigDecimal;

/**
 * What one call cost, by token class, in USD (not rounded: up to 12 decimal places).
 *
 * <p>When the call is unpriced ({@code priced == false}) every amount is {@code null}, never
 * zero: an unknown model must be reported, not summed as $0.
 *
 * @param priceModel the price-book model the call resolved to, or {@code null} if none
 * @param priced whether a price was found for the model at the call's timestamp
 * @param unpricedReason why the call is unpriced, or {@code null} when priced
 * @param uncachedInputUsd uncached input tokens times the input rate
 * @param cachedInputUsd cached input tokens times the cached-input rate
 * @param cacheWriteUsd 5-minute and 1-hour cache writes times their rates
 * @param outputUsd output tokens (reasoning included) times the output rate
 * @param totalUsd the sum of the five amounts
 * @param longContext whether the long-context tier applied to the whole request
 * @param toolFeeUsd server-side tool requests times their per-request fees
 */
public record CallCost(
    String priceModel,
    boolean priced,
    String unpricedReason,
    BigDecimal uncachedInputUsd,
    BigDecimal cachedInputUsd,
    BigDecimal cacheWriteUsd,
    BigDecimal outputUsd,
    BigDecimal totalUsd,
    boolean longContext,
    BigDecimal toolFeeUsd) {

  /** A cost without server-tool fees ({@code toolFeeUsd} 0 when priced, else null). */
  public CallCost(String priceModel, boolean priced, String unpricedReason,
      BigDecimal uncachedInputUsd, BigDecimal cachedInputUsd, BigDecimal cacheWriteUsd,
      BigDecimal outputUsd, BigDecimal totalUsd, boolean longContext) {
    this(priceModel, priced, unpricedReason, uncachedInputUsd, cachedInputUsd, cacheWriteUsd,
        outputUsd, totalUsd, longContext, priced ? BigDecimal.ZERO : null);
  }

  /** The cost of a call whose model has no price. */
  public static CallCost unpriced(String priceModel, String reason) {
    return new CallCost(priceModel, false, reason, null, null, null, null, null, false);
  }

  /**
   * The cost of a call no provider billed (a gateway's response cache answered): $0, priced.
   *
   * @param priceModel the price-book model the call resolved to, or {@code null}
   */
  public static CallCost free(String priceModel) {
    return new CallCost(priceModel, true, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, false);
  }

  /** Input amounts only (uncached + cached + cache writes), or {@code null} when unpriced. */
  public BigDecimal inputUsd() {
    return priced ? uncachedInputUsd.add(cachedInputUsd).add(cacheWriteUsd) : null;
  }
}

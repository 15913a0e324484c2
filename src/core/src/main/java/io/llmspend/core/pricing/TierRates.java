package io.llmspend.core.pricing;

import java.math.BigDecimal;

/**
 * Derives tier rates the book does not spell out, from the tier's own input/output rates.
 *
 * <p>Batch discounts stack with caching: a batch call's cached input and cache writes cost their
 * standard rate times batch_input/input, e.g. 50% for Anthropic Message Batches (FORMATS §4.2
 * [S], third-party summaries of docs.anthropic.com batch-processing, checked 2026-11). Flex and
 * priority cache writes cost their standard rate times the tier's input/input; the book's OpenAI
 * writes are free, so this only matters if a provider starts charging them.
 *
 * <p>Fractions must be exact decimals, so that pricing never rounds.
 */
final class TierRates {

  private TierRates() {}

  /** Batch rates over the standard tier: input/output given, the rest scaled. */
  static ModelPrice.Rates batch(ModelPrice.Rates standard, BigDecimal in, BigDecimal out) {
    return scaled(standard, standard, in, out);
  }

  /**
   * {@code base} scaled by {@code in / reference.input} (every input class) and
   * {@code out / reference.output} (output).
   */
  static ModelPrice.Rates scaled(
      ModelPrice.Rates base, ModelPrice.Rates reference, BigDecimal in, BigDecimal out) {
    return new ModelPrice.Rates(
        scale(base.input(), in, reference.input()),
        scale(base.cachedInput(), in, reference.input()),
        scale(base.cacheWrite5m(), in, reference.input()),
        scale(base.cacheWrite1h(), in, reference.input()),
        scale(base.output(), out, reference.output()));
  }

  /** Flex/priority: input, cached and output as given; cache writes scaled by the input ratio. */
  static ModelPrice.Rates onDemand(ModelPrice.Rates standard, ModelPrice.Rates tier) {
    if (tier == null) {
      return null;
    }
    return new ModelPrice.Rates(
        tier.input(),
        tier.cachedInput(),
        scale(standard.cacheWrite5m(), tier.input(), standard.input()),
        scale(standard.cacheWrite1h(), tier.input(), standard.input()),
        tier.output());
  }

  /** {@code rate x tierRate / standardRate}, exact; null stays null (not offered). */
  private static BigDecimal scale(BigDecimal rate, BigDecimal tierRate, BigDecimal standardRate) {
    if (rate == null || rate.signum() == 0) {
      return rate;
    }
    if (standardRate.signum() == 0) {
      throw new IllegalArgumentException("a tier of a free token class cannot be scaled");
    }
    try {
      return rate.multiply(tierRate).divide(standardRate);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "tier rate " + rate + " x " + tierRate + " / " + standardRate + " is not an exact decimal");
    }
  }
}

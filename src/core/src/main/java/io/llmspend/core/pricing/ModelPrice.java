package io.llmspend.core.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rates of one model for one validity period: one row of {@code prices/price-book.csv} with
 * the tier rates the pricing rules derive from it (see {@code prices/README.md}).
 *
 * <p>Rates are USD per 1,000,000 tokens. A {@code null} rate set or rate means the provider does
 * not offer it (a call that needs it is unpriced); zero means free (OpenAI cache writes).
 *
 * @param provider {@code openai}, {@code anthropic} or {@code google}
 * @param model the base model name, lower case, as calls resolve to it
 * @param validFrom first UTC day the rates apply, inclusive
 * @param validTo first UTC day the rates no longer apply, exclusive; {@code null} = still in force
 * @param longContextThresholdTokens prompt tokens (uncached + cached + cache writes) above which
 *     the whole request is billed at the long-context rates; {@code null} = no such tier
 * @param standard standard-tier rates; input and output are never null
 * @param longContext long-context rates of the standard tier, or {@code null}
 * @param batch batch rates: input and output from the book, cached input and cache writes at
 *     their standard rate times batch_input/input (batch discounts stack with caching, FORMATS
 *     §4.2), output at batch_output/output; {@code null} = no batch price
 * @param batchLongContext the long-context rates times the same batch fractions, or {@code null}
 * @param flex flex rates: input, cached input and output from the book, cache writes times
 *     flex_input/input; {@code null} = not offered
 * @param priority priority rates, derived like {@code flex}; {@code null} = not offered
 * @param sourceUrl the provider's price page
 * @param checkedOn the UTC day the row was last reviewed against the sources
 * @param note sources, agreements and assumptions for this row, never null
 */
public record ModelPrice(
    String provider,
    String model,
    LocalDate validFrom,
    LocalDate validTo,
    Long longContextThresholdTokens,
    Rates standard,
    Rates longContext,
    Rates batch,
    Rates batchLongContext,
    Rates flex,
    Rates priority,
    String sourceUrl,
    LocalDate checkedOn,
    String note) {

  /**
   * USD per 1,000,000 tokens for each token class; {@code null} = not offered.
   *
   * @param input uncached input
   * @param cachedInput input read from the prompt cache
   * @param cacheWrite5m input written to a 5-minute cache
   * @param cacheWrite1h input written to a 1-hour cache
   * @param output output, reasoning included
   */
  public record Rates(
      BigDecimal input,
      BigDecimal cachedInput,
      BigDecimal cacheWrite5m,
      BigDecimal cacheWrite1h,
      BigDecimal output) {}

  /** @throws NullPointerException if a required field is missing */
  public ModelPrice {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(standard.input(), "standard input");
    Objects.requireNonNull(standard.output(), "standard output");
    note = note == null ? "" : note;
  }

  /** Whether these rates are in force on the given UTC day. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
  }

  /** Whether a prompt of this many tokens is billed at the long-context tier. */
  public boolean isLongContext(long promptTokens) {
    return longContextThresholdTokens != null && promptTokens > longContextThresholdTokens;
  }

  /** The rates of a tier, at long context or not; empty when the model lacks that combination. */
  Optional<Rates> rates(ServiceTier tier, boolean atLongContext) {
    return Optional.ofNullable(
        switch (tier) {
          case STANDARD -> atLongContext ? longContext : standard;
          case BATCH -> atLongContext ? batchLongContext : batch;
          case FLEX -> atLongContext ? null : flex;
          case PRIORITY -> atLongContext ? null : priority;
        });
  }
}

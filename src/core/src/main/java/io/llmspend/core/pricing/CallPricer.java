package io.llmspend.core.pricing;

import io.llmspend.core.catalog.ModelCatalog;
import java.time.Instant;

/**
 * Prices one call from the price book at the call's own timestamp, with its provider's rules.
 *
 * <p>Implementations are thread-safe and created once per process.
 */
public interface CallPricer {

  /**
   * The pricer over {@code book}.
   *
   * @param catalog resolves model names against the same book ({@link PricingProperties#catalog})
   */
  static CallPricer over(PriceBook book, ModelCatalog catalog) {
    return new PriceBookCallPricer(book, catalog);
  }

  /**
   * @param provider the provider as logged ({@code openai}, {@code azure_openai}, {@code anthropic},
   *     {@code google}, {@code bedrock}, or another value)
   * @param model the model as requested or reported, possibly with a provider prefix, a dated
   *     snapshot suffix or a fine-tune name
   * @param deployment the Azure deployment name, or {@code null}
   * @param timestamp when the call was made; selects the price in force then
   * @param usage the normalized token counts
   * @param batch whether the call went through a batch API
   * @param serviceTier the service tier ({@code default}, {@code flex}, {@code priority},
   *     {@code standard}, {@code batch}...), or {@code null} for the standard tier
   * @return the cost, or an unpriced cost (amounts {@code null}) if no price applies; never null
   */
  CallCost price(
      String provider,
      String model,
      String deployment,
      Instant timestamp,
      TokenUsage usage,
      boolean batch,
      String serviceTier);
}

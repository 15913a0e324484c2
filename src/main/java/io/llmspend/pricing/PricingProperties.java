package io.llmspend.pricing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Stable pricing policy, under {@code llmspend.pricing}.
 *
 * <pre>
 * llmspend:
 *   pricing:
 *     price-book: classpath:prices/price-book.csv   # or file:/etc/llmspend/price-book.csv
 *     aliases: classpath:prices/model-aliases.csv
 *     deployments:
 *       "[prod-chat]": gpt-4o-mini                  # brackets keep dots and case in keys
 * </pre>
 *
 * @param priceBook the price book CSV (Spring resource location); default
 *     {@code classpath:prices/price-book.csv}
 * @param aliases the model-alias CSV; default {@code classpath:prices/model-aliases.csv}
 * @param deployments Azure deployment name (exact) to base model; a mapped deployment wins over
 *     the logged model string; empty by default, never null
 */
@ConfigurationProperties(prefix = "llmspend.pricing")
public record PricingProperties(
    @DefaultValue("classpath:prices/price-book.csv") Resource priceBook,
    @DefaultValue("classpath:prices/model-aliases.csv") Resource aliases,
    Map<String, String> deployments) {

  /** Copies the deployments; an absent map becomes empty. */
  public PricingProperties {
    deployments = deployments == null ? Map.of() : Map.copyOf(deployments);
  }
}

package io.llmspend.pricing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pricing beans: the price book and the call pricer, each created once at start-up. A broken
 * price book or alias file fails start-up with a {@link PriceBookException}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PricingProperties.class)
public class PricingConfiguration {

  /** The validated price book from {@code llmspend.pricing.price-book}. */
  @Bean
  public PriceBook priceBook(PricingProperties properties) {
    return PriceBookReader.read(properties.priceBook());
  }

  /** The pricer, with aliases from {@code llmspend.pricing.aliases} and the Azure deployments. */
  @Bean
  public CallPricer callPricer(PriceBook priceBook, PricingProperties properties) {
    var aliases = ModelAliasesReader.read(properties.aliases(), priceBook);
    var resolver = new ModelResolver(priceBook::contains, aliases, properties.deployments());
    return new PriceBookCallPricer(priceBook, resolver);
  }
}

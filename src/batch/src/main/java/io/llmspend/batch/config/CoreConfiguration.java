package io.llmspend.batch.config;

import io.llmspend.core.budget.BudgetProperties;
import io.llmspend.core.catalog.ModelCatalog;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.PriceBook;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.tokenize.TokenCounter;
import io.llmspend.core.tokenize.TokenizeProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The core's settings, bound from {@code llmspend.tokenize}, {@code llmspend.pricing} and {@code
 * llmspend.budget} (the core has no Spring annotations, so they are bound here), and the core's
 * engines, each created once: the price book, the one model catalog (configured encodings, the
 * book's names, aliases, deployments and inference profiles), the token counter and the call
 * pricer over that catalog. A broken price book or alias file fails start-up with a {@link
 * io.llmspend.core.pricing.PriceBookException}.
 */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

  @Bean
  TokenizeProperties tokenizeProperties(Environment environment) {
    return Binder.get(environment).bind("llmspend.tokenize", TokenizeProperties.class)
        .orElseGet(TokenizeProperties::defaults);
  }

  @Bean
  PricingProperties pricingProperties(Environment environment) {
    return Binder.get(environment).bind("llmspend.pricing", PricingProperties.class)
        .orElseGet(PricingProperties::defaults);
  }

  @Bean
  BudgetProperties budgetProperties(Environment environment) {
    return Binder.get(environment).bind("llmspend.budget", BudgetProperties.class)
        .orElseGet(BudgetProperties::defaults);
  }

  /** The validated price book from {@code llmspend.pricing.price-book}. */
  @Bean
  PriceBook priceBook(PricingProperties properties) {
    return properties.readPriceBook();
  }

  /** The model catalog every name goes through: encodings, provider, price key. */
  @Bean
  ModelCatalog modelCatalog(TokenizeProperties tokenize, PricingProperties pricing, PriceBook book) {
    return pricing.catalog(book, ModelCatalog.bundled().withEncodings(tokenize.encodings()));
  }

  @Bean
  TokenCounter tokenCounter(ModelCatalog catalog, TokenizeProperties properties) {
    return new TokenCounter(catalog, properties.cacheSize());
  }

  /** The pricer over the price book and the catalog. */
  @Bean
  CallPricer callPricer(PriceBook priceBook, ModelCatalog catalog) {
    return CallPricer.over(priceBook, catalog);
  }
}

package io.llmspend.core.pricing;

import java.util.Map;

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
 * @param priceBook the price book CSV: {@code classpath:...}, {@code file:...} or a path;
 *     {@code null} means {@value #DEFAULT_PRICE_BOOK}
 * @param aliases the model-alias CSV, located the same way; {@code null} means {@value
 *     #DEFAULT_ALIASES}
 * @param deployments Azure deployment name (exact) to base model; a mapped deployment wins over
 *     the logged model string; empty by default, never null
 */
public record PricingProperties(String priceBook, String aliases,
    Map<String, String> deployments) {

  /** The reviewed price book bundled with llmspend. */
  public static final String DEFAULT_PRICE_BOOK = "classpath:prices/price-book.csv";
  /** The model aliases bundled with llmspend. */
  public static final String DEFAULT_ALIASES = "classpath:prices/model-aliases.csv";

  /** Fills the defaults; an absent map becomes empty. */
  public PricingProperties {
    priceBook = priceBook == null || priceBook.isBlank() ? DEFAULT_PRICE_BOOK : priceBook;
    aliases = aliases == null || aliases.isBlank() ? DEFAULT_ALIASES : aliases;
    deployments = deployments == null ? Map.of() : Map.copyOf(deployments);
  }

  /** The bundled price book and aliases, no deployments. */
  public static PricingProperties defaults() {
    return new PricingProperties(null, null, null);
  }

  /**
   * Reads and validates the price book.
   *
   * @throws PriceBookException when the file is unreadable or invalid
   */
  public PriceBook readPriceBook() {
    return PriceBookReader.read(priceBook);
  }

  /**
   * The pricer over {@code book}, with the aliases and the Azure deployments.
   *
   * @throws PriceBookException when the alias file is unreadable or invalid
   */
  public CallPricer pricer(PriceBook book) {
    var resolver = new ModelResolver(book::contains, ModelAliasesReader.read(aliases, book),
        deployments);
    return new PriceBookCallPricer(book, resolver);
  }
}

package io.llmspend.core.pricing;

import io.llmspend.core.catalog.BookNames;
import io.llmspend.core.catalog.ModelCatalog;
import java.util.Map;

/**
 * Stable pricing policy, under {@code llmspend.pricing}.
 *
 * <pre>
 * llmspend:
 *   pricing:
 *     price-book: classpath:prices/price-book.csv   # or file:/etc/llmspend/price-book.csv
 *     aliases: classpath:prices/model-aliases.csv
 *     tool-fees: classpath:prices/tool-fees.csv     # per-request fees of server-side tools
 *     deployments:
 *       "[prod-chat]": gpt-4o-mini                  # brackets keep dots and case in keys
 *     inference-profiles:
 *       "[arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3]": us.anthropic.claude-3-5-haiku-20241022-v1:0
 * </pre>
 *
 * @param priceBook the price book CSV: {@code classpath:...}, {@code file:...} or a path;
 *     {@code null} means {@value #DEFAULT_PRICE_BOOK}
 * @param aliases the model-alias CSV, located the same way; {@code null} means {@value
 *     #DEFAULT_ALIASES}
 * @param toolFees the per-request fees of server-side tools (web search...), located the same
 *     way; {@code null} means {@value #DEFAULT_TOOL_FEES}
 * @param deployments Azure deployment name (exact) to base model; a mapped deployment wins over
 *     the logged model string; empty by default, never null
 * @param inferenceProfiles Bedrock ARN (exact) to the model id it runs; an application inference
 *     profile ARN names no model, so its calls are unpriced until mapped here; empty by default
 */
public record PricingProperties(String priceBook, String aliases, String toolFees,
    Map<String, String> deployments, Map<String, String> inferenceProfiles) {

  /** The reviewed price book bundled with llmspend. */
  public static final String DEFAULT_PRICE_BOOK = "classpath:prices/price-book.csv";
  /** The model aliases bundled with llmspend. */
  public static final String DEFAULT_ALIASES = "classpath:prices/model-aliases.csv";

  /** The server-tool fees bundled with llmspend. */
  public static final String DEFAULT_TOOL_FEES = "classpath:prices/tool-fees.csv";

  /** Fills the defaults; an absent map becomes empty. */
  public PricingProperties {
    toolFees = toolFees == null || toolFees.isBlank() ? DEFAULT_TOOL_FEES : toolFees;
    priceBook = priceBook == null || priceBook.isBlank() ? DEFAULT_PRICE_BOOK : priceBook;
    aliases = aliases == null || aliases.isBlank() ? DEFAULT_ALIASES : aliases;
    deployments = deployments == null ? Map.of() : Map.copyOf(deployments);
    inferenceProfiles = inferenceProfiles == null ? Map.of() : Map.copyOf(inferenceProfiles);
  }

  /** The bundled price book and aliases, no deployments or inference profiles. */
  public static PricingProperties defaults() {
    return new PricingProperties(null, null, null, null, null);
  }

  /**
   * Reads and validates the price book.
   *
   * @throws PriceBookException when the file is unreadable or invalid
   */
  public PriceBook readPriceBook() {
    return PriceBookReader.read(priceBook, toolFees);
  }

  /**
   * {@code names} resolving price keys against {@code book}, its aliases, the Azure deployments
   * and the Bedrock inference profiles.
   *
   * @throws PriceBookException when the alias file is unreadable or invalid
   */
  public ModelCatalog catalog(PriceBook book, ModelCatalog names) {
    return names.withBook(new BookNames(book.models(), ModelAliasesReader.read(aliases, book),
        deployments, inferenceProfiles));
  }

  /**
   * The pricer over {@code book}, resolving names with the bundled catalog, the aliases, the
   * Azure deployments and the Bedrock inference profiles.
   *
   * @throws PriceBookException when the alias file is unreadable or invalid
   */
  public CallPricer pricer(PriceBook book) {
    return CallPricer.over(book, catalog(book, ModelCatalog.bundled()));
  }

  /**
   * What every priced row depends on, as text ({@link PricingFingerprint}): the SHA-256 of the
   * price book, alias and tool-fee files' bytes, the deployments and inference profiles. Two
   * processes with equal fingerprints price every call alike; {@code llmspend worker} refuses a
   * partition of a run whose fingerprint differs from its own.
   *
   * @throws PriceBookException when a file cannot be read
   */
  public String fingerprint() {
    return PricingFingerprint.of(this);
  }
}

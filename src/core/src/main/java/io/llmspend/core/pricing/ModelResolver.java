package io.llmspend.core.pricing;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Turns a logged model name (and Azure deployment) into the name the price book knows. Thread-safe.
 *
 * <p>Order: a mapped Azure deployment wins over the model string (Azure reports the model family,
 * not the deployment's model); then the name is lower-cased and provider prefixes stripped; a
 * fine-tune {@code ft:BASE:org::id} becomes {@code ft:} + the resolved BASE, priced only if the
 * book has that {@code ft:} row (fine-tune rates are higher than base rates); otherwise the
 * {@link ModelNameRules} apply one after another, and after each step an exact book model or an
 * alias from {@code model-aliases.csv} ends the search. A book model always wins over a rule, so
 * {@code gpt-4o-2024-05-13} keeps its own, higher price.
 */
final class ModelResolver {

  static final String FINE_TUNE_PREFIX = "ft:";

  private final Predicate<String> inBook;
  private final Map<String, String> aliases;
  private final Map<String, String> deployments;

  /**
   * @param inBook whether the price book has a model (any period)
   * @param aliases alias to book model, keys lower case
   * @param deployments Azure deployment name to base model, exact keys
   */
  ModelResolver(Predicate<String> inBook, Map<String, String> aliases, Map<String, String> deployments) {
    this.inBook = inBook;
    this.aliases = Map.copyOf(aliases);
    this.deployments = Map.copyOf(deployments);
  }

  /**
   * @param model the logged model, or {@code null}
   * @param deployment the Azure deployment, or {@code null}
   * @return the book model, or the normalized name when no book model matches (never null)
   */
  String resolve(String model, String deployment) {
    String mapped = deployment == null ? null : deployments.get(deployment);
    String raw = mapped != null ? mapped : model == null ? "" : model;
    String name = ModelNameRules.stripProviderPrefix(raw.trim().toLowerCase(Locale.ROOT));
    if (name.startsWith(FINE_TUNE_PREFIX)) {
      String base = name.substring(FINE_TUNE_PREFIX.length()).split(":", 2)[0];
      return FINE_TUNE_PREFIX + resolveBase(base);
    }
    return resolveBase(name);
  }

  private String resolveBase(String name) {
    String current = name;
    String known = known(current);
    for (UnaryOperator<String> rule : ModelNameRules.RULES) {
      if (known != null) {
        return known;
      }
      current = rule.apply(current);
      known = known(current);
    }
    return known != null ? known : current;
  }

  private String known(String name) {
    return inBook.test(name) ? name : aliases.get(name);
  }
}

package io.llmspend.core.catalog;

import java.util.Map;
import java.util.Set;

/**
 * The names the price book answers to.
 *
 * @param models every model of the price book (any period)
 * @param aliases exact name to book model ({@code model-aliases.csv}), both lower case
 * @param deployments Azure deployment name (exact) to the model it runs; wins over the logged
 *     model string
 * @param inferenceProfiles Bedrock ARN (exact; an application inference profile names no model)
 *     to the model id it runs, e.g. {@code us.anthropic.claude-sonnet-4-5-20250929-v1:0}
 */
public record BookNames(Set<String> models, Map<String, String> aliases,
    Map<String, String> deployments, Map<String, String> inferenceProfiles) {

  /** Copies every collection; absent ones become empty. */
  public BookNames {
    models = models == null ? Set.of() : Set.copyOf(models);
    aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    deployments = deployments == null ? Map.of() : Map.copyOf(deployments);
    inferenceProfiles = inferenceProfiles == null ? Map.of() : Map.copyOf(inferenceProfiles);
  }

  /** No book: nothing has a price key. */
  static final BookNames NONE = new BookNames(null, null, null, null);

  /** The book model {@code name} is, or is an alias of; null when neither. */
  String known(String name) {
    return models.contains(name) ? name : aliases.get(name);
  }
}

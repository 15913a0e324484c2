package io.llmspend.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one model catalog: decides, for a model name as any source logs it, the provider, maker,
 * base model, snapshot, tokenizer encoding and price-book key. It reads one reviewed table,
 * {@code prices/models.csv} (patterns with maker, encoding and Bedrock surcharge rule), and uses
 * the configured encodings ({@code llmspend.tokenize.encodings}, replacing the table's) and the
 * price book's names, aliases, Azure deployments and Bedrock inference profiles. Name forms:
 * see {@link NameParser}; price keys: see {@link PriceKeys}.
 *
 * <pre>{@code
 * ModelName n = ModelCatalog.bundled().resolve("us.anthropic.claude-3-5-haiku-20241022-v1:0");
 * n.provider();  // "bedrock"
 * n.maker();     // "anthropic"
 * n.base();      // "claude-3-5-haiku"
 * n.snapshot();  // "20241022"
 * }</pre>
 *
 * <p>Immutable and thread-safe; build once and share.
 */
public final class ModelCatalog {
  private static final int REMEMBERED = 10_000;

  private final ModelTable table;
  private final List<EncodingRule> encodings;
  private final BookNames book;
  // a log names few models and every call asks again: decisions are remembered, up to a bound
  // so that a log of random names cannot grow the map without limit
  private final Map<NameKey, ModelName> decided = new ConcurrentHashMap<>();

  private record NameKey(String model, String deployment) {}

  private ModelCatalog(ModelTable table, List<EncodingRule> encodings, BookNames book) {
    this.table = table;
    this.encodings = List.copyOf(encodings);
    this.book = book;
  }

  /**
   * The bundled table with its own encodings and no price book (no name has a price key).
   *
   * @throws IllegalStateException if the bundled table is missing or invalid
   */
  public static ModelCatalog bundled() {
    return Bundled.CATALOG;
  }

  /** This catalog with {@code rules} instead of the table's encodings; empty or null: the table's. */
  public ModelCatalog withEncodings(List<EncodingRule> rules) {
    return new ModelCatalog(table,
        rules == null || rules.isEmpty() ? table.encodings() : rules, book);
  }

  /** This catalog pricing against {@code names}. */
  public ModelCatalog withBook(BookNames names) {
    return new ModelCatalog(table, encodings, names);
  }

  /** As {@link #resolve(String, String)} without a deployment. */
  public ModelName resolve(String model) {
    return resolve(model, null);
  }

  /**
   * @param model the model as logged, in any supported form; null is an unknown model
   * @param deployment the Azure deployment, or null; a mapped deployment wins over {@code model}
   * @return the decision; never null
   */
  public ModelName resolve(String model, String deployment) {
    NameKey key = new NameKey(model, deployment);
    ModelName known = decided.get(key);
    if (known != null) {
      return known;
    }
    ModelName name = decide(model, deployment);
    if (decided.size() < REMEMBERED) {
      decided.putIfAbsent(key, name);
    }
    return name;
  }

  private ModelName decide(String model, String deployment) {
    String mapped = deployment == null ? null : book.deployments().get(deployment);
    if (mapped == null && model != null) {
      mapped = book.inferenceProfiles().get(model.trim());
    }
    ParsedName p = NameParser.parse(mapped != null ? mapped : model);
    Optional<ModelTable.Row> row = table.find(p.name(), p.base());
    String maker = p.maker() != null ? p.maker() : row.map(ModelTable.Row::maker).orElse(null);
    String encoding = encodings.stream().filter(r -> r.matches(p.name()) || r.matches(p.base()))
        .findFirst().map(EncodingRule::encoding).orElse(null);
    PriceKeys.Decision price = book == BookNames.NONE
        ? new PriceKeys.Decision(null, "no price book given")
        : PriceKeys.decide(p, row, book, model);
    return new ModelName(model, p.name(), p.base(), p.snapshot(), provider(p.platform(), maker),
        maker, p.geo(), p.region(), p.fineTune(), encoding, price.key(), price.reason());
  }

  private static String provider(String platform, String maker) {
    if (platform == null) {
      return maker;
    }
    return switch (platform) {
      case "azure" -> "azure_openai";
      case "vertex_ai" -> "google";
      default -> platform;
    };
  }

  /** Reads the bundled table once, on first use. */
  private static final class Bundled {
    private static final ModelTable TABLE = ModelTable.bundled();
    static final ModelCatalog CATALOG = new ModelCatalog(TABLE, TABLE.encodings(), BookNames.NONE);
  }
}

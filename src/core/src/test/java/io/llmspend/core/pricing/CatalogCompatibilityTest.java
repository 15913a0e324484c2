package io.llmspend.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.core.catalog.ModelCatalog;
import io.llmspend.core.catalog.ModelName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The model catalog against the four resolvers it replaced, copied here verbatim as oracles (from
 * commit a62786b: tokenize ModelNames + EncodingTable with the default table, pricing
 * ModelNameRules + ModelResolver, gateway GatewayFields.providerOfModel, estimate
 * CostEstimator.providerOf). Every name of their tests, of the price book and aliases, of the
 * sample week and of the Bedrock research list resolves the same, except the intentional changes
 * listed in {@link #INTENTIONAL}, each with its reason.
 */
class CatalogCompatibilityTest {

  /** Names whose old answer was wrong or missing, and why the catalog's answer is right. */
  static final Map<String, String> INTENTIONAL = Map.ofEntries(
      // Bedrock geographic cross-Region profiles of Claude 4.5+ cost about 10% more than the list
      // price, GovCloud about 20% (research notes real-shapes §3, LiteLLM's map): the old resolver
      // priced them at the list price, silently too low; now unpriced with the reason until the
      // book has a <zone>.<model> row.
      Map.entry("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "geographic surcharge"),
      Map.entry("jp.anthropic.claude-sonnet-4-5-20250929-v1:0", "geographic surcharge"),
      Map.entry("au.anthropic.claude-sonnet-4-5-20250929-v1:0", "geographic surcharge"),
      Map.entry("us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0", "GovCloud surcharge"),
      // azure_openai/ (the request log's own provider name) was stripped for encodings but not for
      // prices: now one rule strips it for both.
      Map.entry("azure_openai/GPT-35-Turbo", "azure_openai/ prefix stripped for prices too"),
      Map.entry("Azure_OpenAI/GPT-35-Turbo-0613",
          "still unpriced; the reason names the normalized model gpt-3.5-turbo-0613"),
      // Bedrock vendors other than anthropic were not read: the reason now names the model.
      Map.entry("amazon.nova-micro-v1:0",
          "still unpriced; the reason names nova-micro; estimate hint amazon, not openai"),
      // The gateway provider of a Vertex AI name (claude-...@version) is google, who bills it,
      // as for LiteLLM's vertex_ai rows; it was anthropic.
      Map.entry("claude-sonnet-4-5@20250929", "Vertex AI call billed by google"));

  private static final PriceBook BOOK = PriceBookReader.read(PricingProperties.DEFAULT_PRICE_BOOK);
  private static final Map<String, String> ALIASES =
      ModelAliasesReader.read(PricingProperties.DEFAULT_ALIASES, BOOK);
  private static final ModelCatalog CATALOG =
      PricingProperties.defaults().catalog(BOOK, ModelCatalog.bundled());
  private static final OldResolver OLD = new OldResolver(BOOK::contains, ALIASES, Map.of());

  static List<String> corpus() {
    var names = new LinkedHashSet<String>(List.of(
        // old ModelEncodingTest
        "gpt-4o", "gpt-4o-mini", "chatgpt-4o-latest", "gpt-4.1-nano", "gpt-4.5-preview", "gpt-5",
        "o1", "o1-mini", "o3-mini", "o4-mini", "gpt-4", "gpt-4-turbo", "gpt-4-1106-preview",
        "gpt-3.5-turbo", "gpt-3.5-turbo-16k", "text-embedding-3-small", "text-embedding-3-large",
        "text-embedding-ada-002", "gpt-4o-2024-08-06", "gpt-5-mini-2025-08-07",
        "o4-mini-2025-04-16", "gpt-4-0613", "gpt-4-32k-0314", "gpt-4-turbo-2024-04-09",
        "gpt-3.5-turbo-0125", "GPT-4O", " gpt-4.1 ", "openai/gpt-4o", "azure/gpt-4",
        "azure_openai/GPT-35-Turbo", "gpt-35-turbo-16k", "gpt-35-turbo-0613",
        "ft:gpt-4o-mini-2024-07-18:my-org::9abc", "ft:gpt-4o-2024-08-06:my-org:support-bot:9abc",
        "ft:gpt-3.5-turbo-0613:my-org:custom:7xyz", "openai/ft:gpt-4.1-mini:org::id1",
        "claude-sonnet-4-20250514", "anthropic.claude-3-haiku-20240307-v1:0", "gemini-2.5-pro",
        "gpt-oss-120b", "gpt-40", "my-azure-deployment", "", "ft:davinci-002",
        "Azure_OpenAI/GPT-35-Turbo-0613", "gpt-3.5-turbo-0301",
        // old ModelResolverTest
        " GPT-4o ", "claude-3-5-haiku-latest", "gpt-4o-2024-11-20", "azure/gpt-4o-mini",
        "anthropic/claude-sonnet-4-5", "gemini/gemini-2.5-pro", "google/gemini-2.5-pro",
        "models/gemini-2.5-pro", "vertex_ai/claude-sonnet-4-5", "bedrock/converse/claude-sonnet-4-5",
        "anthropic.claude-sonnet-4-5-20250929-v1:0", "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "bedrock/eu.anthropic.claude-3-5-haiku-20241022-v1:0", "claude-sonnet-4-5@20250929",
        "gpt-4o-mini-2024-07-18", "claude-sonnet-4-5-20250929", "gpt-4o-2024-05-13", "gpt-35-turbo",
        "azure/gpt-35-turbo", "ft:gpt-4o-2024-08-06:acme::abc123",
        "openai/ft:gpt-4o-mini-2024-07-18:acme:run-2:xyz", "gpt-3.5-turbo-1106",
        "openai/acme-llm-7b", "gemini-2.5-flash-preview-05-20",
        // old provider tests
        "claude-sonnet-4-5", "llama-3",
        // the sample week
        "gpt-4.1", "gpt-4.1-2025-04-14", "gpt-4.1-mini", "claude-haiku-4-5", "gpt-5-mini",
        "gemini-2.5-flash", "o3", "o3-2025-04-16", "mistral-large-2411",
        // Bedrock research list (real-shapes/bedrock-model-ids.txt)
        "anthropic.claude-3-5-haiku-20241022-v1:0", "anthropic.claude-opus-4-6-v1",
        "anthropic.claude-sonnet-4-6", "amazon.nova-micro-v1:0",
        "us.anthropic.claude-3-5-haiku-20241022-v1:0", "eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
        "apac.anthropic.claude-sonnet-4-20250514-v1:0", "jp.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "au.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0",
        "bedrock/converse/us.anthropic.claude-3-7-sonnet-20250219-v1:0"));
    names.addAll(BOOK.models());
    names.addAll(ALIASES.keySet());
    return new ArrayList<>(names);
  }

  @Test
  void everyOldAnswerStandsExceptTheIntentionalChanges() {
    var differences = new TreeMap<String, String>();
    for (String name : corpus()) {
      ModelName n = CATALOG.resolve(name);
      compare(differences, name, "encoding", OldEncodings.encodingFor(name), n.knownEncoding());
      compare(differences, name, "price", Optional.of(OLD.priced(name)), Optional.of(priced(n)));
      Optional<String> oldProvider = OldProviders.providerOfModel(name);
      if (oldProvider.isPresent()) { // GatewayFields.providerOfModel is now knownProvider()
        compare(differences, name, "gateway provider", oldProvider, n.knownProvider());
      }
      // CostEstimator.providerOf is now the maker, else openai
      compare(differences, name, "estimate provider", Optional.of(OldProviders.providerOf(name)),
          Optional.of(n.maker() == null ? "openai" : n.maker()));
    }
    differences.keySet().removeAll(INTENTIONAL.keySet());
    assertThat(differences).isEmpty();
  }

  private static void compare(Map<String, String> out, String name, String what,
      Optional<String> old, Optional<String> now) {
    if (!old.equals(now)) {
      out.merge(name, what + ": " + old.orElse("none") + " -> " + now.orElse("none"),
          (a, b) -> a + "; " + b);
    }
  }

  /** What the old pricer would report: the book model, or "unpriced:" + normalized name. */
  private static String priced(ModelName n) {
    if (n.priceKey() != null) {
      return n.priceKey();
    }
    return "unpriced: " + n.unpricedReason();
  }

  /** tokenize/ModelNames + EncodingTable + TokenizeProperties.DEFAULT_ENCODINGS at a62786b. */
  static final class OldEncodings {
    private static final List<String> PROVIDER_PREFIXES =
        List.of("openai/", "azure/", "azure_openai/");
    private static final Pattern SNAPSHOT = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{4})$");
    private static final List<Map.Entry<String, List<String>>> RULES = List.of(
        Map.entry("o200k_base", List.of(
            "gpt-4o*", "chatgpt-4o*", "gpt-4.1*", "gpt-4.5*", "gpt-5*", "o1*", "o3*", "o4*")),
        Map.entry("cl100k_base", List.of("gpt-4", "gpt-4-*", "gpt-3.5*", "text-embedding-3-*",
            "text-embedding-ada-002", "davinci-002", "babbage-002")));

    static String canonical(String model) {
      String name = model == null ? "" : model.trim().toLowerCase(Locale.ROOT);
      for (String prefix : PROVIDER_PREFIXES) {
        if (name.startsWith(prefix)) {
          name = name.substring(prefix.length());
        }
      }
      if (name.startsWith("ft:")) {
        int end = name.indexOf(':', 3);
        name = end < 0 ? name.substring(3) : name.substring(3, end);
      }
      if (name.startsWith("gpt-35")) {
        name = "gpt-3.5" + name.substring("gpt-35".length());
      }
      return name;
    }

    static Optional<String> encodingFor(String model) {
      String canonical = canonical(model);
      String base = SNAPSHOT.matcher(canonical).replaceFirst("");
      for (var rule : RULES) {
        for (String pattern : rule.getValue()) {
          if (matches(pattern, canonical) || matches(pattern, base)) {
            return Optional.of(rule.getKey());
          }
        }
      }
      return Optional.empty();
    }

    private static boolean matches(String pattern, String name) {
      return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1))
          : name.equals(pattern);
    }
  }

  /** pricing/ModelNameRules + ModelResolver + PriceBookCallPricer.missing at a62786b. */
  static final class OldResolver {
    private static final Pattern PROVIDER_PREFIX = Pattern.compile(
        "^(?:openai|azure|azure_ai|anthropic|gemini|google|vertex_ai|bedrock|converse|models)/");
    private static final Pattern BEDROCK_ID = Pattern.compile(
        "^(?:(?:us|eu|apac|au|jp|ca|us-gov|global)\\.)?anthropic\\.(.+?)(?:-v\\d+(?::\\d+)?)?$");
    private static final Pattern VERTEX_VERSION = Pattern.compile("@[a-z0-9-]+$");
    private static final Pattern SNAPSHOT_DATE =
        Pattern.compile("-(?:20\\d{2}-\\d{2}-\\d{2}|20\\d{6})$");
    private static final List<UnaryOperator<String>> RULES = List.of(
        name -> {
          var m = BEDROCK_ID.matcher(name);
          return m.matches() ? m.group(1) : name;
        },
        name -> VERTEX_VERSION.matcher(name).replaceFirst(""),
        name -> name.startsWith("gpt-35-") ? "gpt-3.5-" + name.substring(7) : name,
        name -> SNAPSHOT_DATE.matcher(name).replaceFirst(""));

    private final Predicate<String> inBook;
    private final Map<String, String> aliases;
    private final Map<String, String> deployments;

    OldResolver(Predicate<String> inBook, Map<String, String> aliases,
        Map<String, String> deployments) {
      this.inBook = inBook;
      this.aliases = aliases;
      this.deployments = deployments;
    }

    String resolve(String model, String deployment) {
      String mapped = deployment == null ? null : deployments.get(deployment);
      String raw = mapped != null ? mapped : model == null ? "" : model;
      String name = raw.trim().toLowerCase(Locale.ROOT);
      for (var m = PROVIDER_PREFIX.matcher(name); m.find(); m = PROVIDER_PREFIX.matcher(name)) {
        name = name.substring(m.end());
      }
      if (name.startsWith("ft:")) {
        return "ft:" + resolveBase(name.substring(3).split(":", 2)[0]);
      }
      return resolveBase(name);
    }

    /** The book model, or "unpriced: " + the old pricer's reason for an unknown model. */
    String priced(String model) {
      String resolved = resolve(model, null);
      if (inBook.test(resolved)) {
        return resolved;
      }
      if (resolved.startsWith("ft:")) {
        return "unpriced: fine-tuned model " + resolved + " (logged '" + model
            + "') has no ft: row in the price book; fine-tune rates differ from base rates";
      }
      return "unpriced: model " + resolved + " (logged '" + model + "') is not in the price book";
    }

    private String resolveBase(String name) {
      String current = name;
      String known = known(current);
      for (UnaryOperator<String> rule : RULES) {
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

  /** gateway/GatewayFields.providerOfModel and estimate/CostEstimator.providerOf at a62786b. */
  static final class OldProviders {
    static Optional<String> providerOfModel(String model) {
      String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
      if (m.startsWith("claude")) {
        return Optional.of("anthropic");
      }
      if (m.startsWith("gemini")) {
        return Optional.of("google");
      }
      if (m.startsWith("gpt") || m.startsWith("o1") || m.startsWith("o3") || m.startsWith("o4")
          || m.startsWith("chatgpt") || m.startsWith("text-embedding")) {
        return Optional.of("openai");
      }
      return Optional.empty();
    }

    static String providerOf(String model) {
      String name = model == null ? "" : model.toLowerCase(Locale.ROOT);
      if (name.contains("claude")) {
        return "anthropic";
      }
      return name.contains("gemini") ? "google" : "openai";
    }
  }
}

package io.llmspend.core.catalog;

import java.util.Optional;

/**
 * Decides the price-book model of a parsed name. Order: a name that cannot be priced per token
 * (see {@link ParsedName#blocked()}) is unpriced; then the first of the name as received, the
 * normalized name and the name without a dated snapshot that is a book model or an alias (so a
 * book row beats a rule: {@code gpt-4o-2024-05-13} keeps its own price; {@code -MMDD} snapshots
 * such as {@code gpt-3.5-turbo-1106} price only through their own row or alias, those snapshots
 * cost more); a fine-tune prices only if the book has {@code ft:} + that model (fine-tune rates
 * differ from base rates); a Bedrock geographic profile of a model whose table row does not say
 * {@code bedrock_geo_surcharge=no}, and any AWS GovCloud or China call, prices only if the book
 * has {@code <zone>.<model>} (e.g. {@code us.claude-sonnet-4-5}), because those cost more than the
 * list price (research notes real-shapes §3). Never a guess: otherwise unpriced with the reason.
 */
final class PriceKeys {

  /** A price key or the reason there is none; exactly one is non-null. */
  record Decision(String key, String reason) {}

  private PriceKeys() {}

  static Decision decide(ParsedName p, Optional<ModelTable.Row> row, BookNames book, String logged) {
    if (p.blocked() != null) {
      return new Decision(null, p.blocked());
    }
    String key = first(book, p.lookup(), p.name(), p.priceBase());
    String normalized = key != null ? key : p.priceBase();
    if (p.fineTune()) {
      String fineTune = "ft:" + normalized;
      return book.models().contains(fineTune) ? new Decision(fineTune, null)
          : new Decision(null, "fine-tuned model " + fineTune + " (logged '" + logged
              + "') has no ft: row in the price book; fine-tune rates differ from base rates");
    }
    if (key == null) {
      return new Decision(null, "model " + normalized + " (logged '" + logged
          + "') is not in the price book");
    }
    return zone(p, row).map(zone -> zoned(zone, key, book)).orElse(new Decision(key, null));
  }

  private static String first(BookNames book, String... names) {
    for (String name : names) {
      String known = book.known(name);
      if (known != null) {
        return known;
      }
    }
    return null;
  }

  /** The price zone that costs more than the list price, if the call ran in one. */
  private static Optional<String> zone(ParsedName p, Optional<ModelTable.Row> row) {
    String region = p.region() == null ? "" : p.region();
    if ("us-gov".equals(p.geo()) || region.startsWith("us-gov-")) {
      return Optional.of("us-gov");
    }
    if (region.startsWith("cn-")) {
      return Optional.of("cn");
    }
    boolean geographic = p.geo() != null && !p.geo().equals("global");
    boolean flat = row.map(r -> Boolean.FALSE.equals(r.surcharge())).orElse(false);
    return geographic && !flat ? Optional.of(p.geo()) : Optional.empty();
  }

  private static Decision zoned(String zone, String key, BookNames book) {
    String zoned = zone + "." + key;
    if (book.models().contains(zoned)) {
      return new Decision(zoned, null);
    }
    String why = switch (zone) {
      case "us-gov" -> "AWS GovCloud prices " + key + " above its list price (LiteLLM's map: +20%)";
      case "cn" -> "AWS China regions price " + key + " in CNY, not at its USD list price";
      default -> "the Bedrock geographic profile " + zone + ". of " + key + " costs about 10% more"
          + " than its list price (AWS: global profiles cost about 10% less)";
    };
    return new Decision(null, why + "; the price book has no " + zoned + " row");
  }
}

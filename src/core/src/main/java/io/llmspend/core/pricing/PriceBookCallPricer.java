package io.llmspend.core.pricing;

import io.llmspend.core.catalog.ModelCatalog;
import io.llmspend.core.catalog.ModelName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Prices a call at the price-book rates in force on the UTC day of its timestamp. Thread-safe.
 *
 * <p>Rules (FORMATS.md §4, sources and dates in {@code prices/README.md}): each token class at its
 * own rate; cost = tokens x USD per 1M tokens / 1,000,000, exact (never rounded here); reasoning
 * is inside output and priced once, at the output rate; the long-context tier applies to the whole
 * request when uncached + cached + cache-write input exceeds the threshold; the tier comes from
 * {@link ServiceTier}. A call is unpriced (amounts null, never $0) when its model is not in the
 * book, no period covers its day, its tier is unknown or not offered, or it used a token class the
 * model has no rate for.
 *
 * <p>The model catalog turns the logged model into a price-book model ({@link ModelCatalog}). The
 * logged provider does not select rates: Azure OpenAI, Bedrock and Vertex AI calls resolve
 * to the model maker's row (same list prices, FORMATS §4.1 and §4.6), and each row carries its
 * provider's rules as data: free OpenAI cache writes, Anthropic 5m/1h writes at 1.25x/2x input,
 * no Gemini cache-write rate (explicit cache creation is billed as input). Server-side tool
 * requests (web search...) add the book's per-request fees ({@link ToolFee}); a tool without a
 * fee makes the call unpriced.
 */
final class PriceBookCallPricer implements CallPricer {

  private static final int PER_MILLION = 6;

  private final PriceBook book;
  private final ModelCatalog catalog;

  /** @param catalog resolves names against {@code book} (see {@link PricingProperties#catalog}) */
  PriceBookCallPricer(PriceBook book, ModelCatalog catalog) {
    this.book = book;
    this.catalog = catalog;
  }

  @Override
  public CallCost price(
      String provider, String model, String deployment, Instant timestamp, TokenUsage usage,
      boolean batch, String serviceTier) {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(usage, "usage");
    ModelName name = catalog.resolve(model, deployment);
    String key = name.priceKey();
    if (key == null) {
      return CallCost.unpriced(null, name.unpricedReason());
    }
    var price = book.find(key, timestamp);
    if (price.isEmpty()) {
      return CallCost.unpriced(key, "no price for " + key + " in force on "
          + timestamp.atZone(ZoneOffset.UTC).toLocalDate() + " (UTC)");
    }
    try {
      CallCost tokens = cost(price.get(), ServiceTier.of(serviceTier, batch), usage);
      BigDecimal fees = toolFees(price.get(), timestamp, usage);
      return new CallCost(tokens.priceModel(), true, null, tokens.uncachedInputUsd(),
          tokens.cachedInputUsd(), tokens.cacheWriteUsd(), tokens.outputUsd(),
          tokens.totalUsd().add(fees), tokens.longContext(), fees);
    } catch (NoRateException e) {
      return CallCost.unpriced(key, e.getMessage());
    }
  }

  private static CallCost cost(ModelPrice price, ServiceTier tier, TokenUsage usage) throws NoRateException {
    boolean longContext = price.isLongContext(usage.inputTokens());
    String where = price.model() + " (" + tier.label() + (longContext ? ", long context" : "") + ")";
    ModelPrice.Rates rates =
        price.rates(tier, longContext).orElseThrow(() -> new NoRateException("no " + where + " rates in the price book"));
    BigDecimal uncached = amount(usage.uncachedInputTokens(), rates.input(), "input", where);
    BigDecimal cached = amount(usage.cachedInputTokens(), rates.cachedInput(), "cached-input", where);
    BigDecimal writes =
        amount(usage.cacheWrite5mTokens(), rates.cacheWrite5m(), "5-minute cache-write", where)
            .add(amount(usage.cacheWrite1hTokens(), rates.cacheWrite1h(), "1-hour cache-write", where));
    BigDecimal output = amount(usage.outputTokens(), rates.output(), "output", where);
    BigDecimal total = uncached.add(cached).add(writes).add(output);
    return new CallCost(price.model(), true, null, uncached, cached, writes, output, total, longContext);
  }

  /**
   * Server-side tool requests at the book's per-request fees of the price row's provider; a tool
   * the book has no fee for makes the call unpriced (never $0).
   */
  private BigDecimal toolFees(ModelPrice price, Instant timestamp, TokenUsage usage)
      throws NoRateException {
    BigDecimal total = BigDecimal.ZERO;
    for (var e : usage.serverToolRequests().entrySet()) {
      ToolFee fee = book.toolFee(price.provider(), price.model(), e.getKey(), timestamp)
          .orElseThrow(() -> new NoRateException(e.getValue() + " " + e.getKey()
              + " requests but no " + price.provider() + " " + e.getKey() + " fee for "
              + price.model() + " in force on " + timestamp.atZone(ZoneOffset.UTC).toLocalDate()
              + " in the tool fees"));
      total = total.add(fee.amount(e.getValue()));
    }
    return total;
  }

  private static BigDecimal amount(long tokens, BigDecimal usdPerMillion, String tokenClass, String where)
      throws NoRateException {
    if (tokens == 0) {
      return BigDecimal.ZERO;
    }
    if (usdPerMillion == null) {
      throw new NoRateException(tokens + " " + tokenClass + " tokens but no " + tokenClass + " rate for " + where);
    }
    return BigDecimal.valueOf(tokens).multiply(usdPerMillion).movePointLeft(PER_MILLION);
  }
}

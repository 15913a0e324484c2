package io.llmspend.batch.exports;

import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.TokenUsage;
import java.math.BigDecimal;

/**
 * Prices a usage bucket with our price book, at the bucket start, class by class: each class is
 * priced as one token and multiplied by its count, which is exact (cost is linear in tokens) and
 * keeps a bucket's summed input from tripping the long-context tier, which applies per request.
 * Long-context buckets (Anthropic {@code context_window: 200k-1M}) are therefore priced at the
 * standard rates.
 *
 * @param priceModel the price-book model, or {@code null} when none resolves
 * @param usd the expected cost, or {@code null} when a class with tokens has no price
 */
record ExpectedCost(String priceModel, BigDecimal usd) {

  static ExpectedCost of(CallPricer pricer, UsageBucket b) {
    TokenUsage u = b.usage();
    boolean batch = Boolean.TRUE.equals(b.batch());
    long[] counts = {u.uncachedInputTokens(), u.cachedInputTokens(), u.cacheWrite5mTokens(),
        u.cacheWrite1hTokens(), u.outputTokens()};
    String model = b.model() == null ? "(not grouped by model)" : b.model();
    CallCost any = pricer.price(b.provider(), model, null, b.start(), TokenUsage.ZERO, batch,
        b.serviceTier());
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        continue;
      }
      CallCost unit = pricer.price(b.provider(), model, null, b.start(), oneToken(i), batch,
          b.serviceTier());
      if (!unit.priced()) {
        return new ExpectedCost(any.priceModel(), null);
      }
      total = total.add(unit.totalUsd().multiply(BigDecimal.valueOf(counts[i])));
    }
    return new ExpectedCost(any.priceModel(), total);
  }

  /** The price-book model of a billed model name, or {@code null}. */
  static String priceModel(CallPricer pricer, CostLine line) {
    return line.model() == null ? null : pricer.price(line.provider(), line.model(), null,
        line.start(), TokenUsage.ZERO, false, null).priceModel();
  }

  private static TokenUsage oneToken(int tokenClass) {
    long[] t = new long[5];
    t[tokenClass] = 1;
    return new TokenUsage(t[0], t[1], t[2], t[3], t[4], 0);
  }
}

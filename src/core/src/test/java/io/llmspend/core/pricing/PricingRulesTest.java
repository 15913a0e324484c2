package io.llmspend.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of each pricing rule, on the shipped price book (rates in USD per 1M tokens; expected
 * amounts worked out by hand beside each call).
 */
class PricingRulesTest {

  private static CallPricer pricer;

  @BeforeAll
  static void load() {
    var book = PriceBookReader.read("classpath:prices/price-book.csv");
    pricer = PricingProperties.defaults().pricer(book);
  }

  @Test
  void dateOutsideEveryPeriodIsUnpriced() {
    CallCost cost = price("o3", "2025-01-01T10:00:00Z", usage(1000, 0, 0, 0, 10), false, null);
    assertThat(cost.priced()).isFalse();
    assertThat(cost.priceModel()).isEqualTo("o3");
    assertThat(cost.unpricedReason()).isEqualTo("no price for o3 in force on 2025-01-01 (UTC)");
    assertThat(cost.totalUsd()).isNull();
  }

  @ParameterizedTest(name = "{0} / {1} / batch={2}")
  @CsvSource({
    "gpt-4o, scale, false, service tier 'scale' has no per-token price",
    "gpt-4o, provisioned_throughput, false, service tier 'provisioned_throughput'",
    "gpt-4o, flex, false, no gpt-4o (flex) rates",
    "gpt-5-nano, priority, false, no gpt-5-nano (priority) rates",
    "claude-sonnet-4-5, priority, false, no claude-sonnet-4-5 (priority) rates",
    "gpt-5, flex, true, conflicting tiers",
    "gpt-3.5-turbo, default, true, no gpt-3.5-turbo (batch) rates",
  })
  void tierTheModelLacksIsUnpriced(String model, String tier, boolean batch, String reason) {
    CallCost cost = price(model, "2026-08-15T00:00:00Z", usage(1000, 0, 0, 0, 10), batch, tier);
    assertThat(cost.priced()).isFalse();
    assertThat(cost.unpricedReason()).contains(reason);
    assertThat(cost.totalUsd()).isNull();
  }

  @ParameterizedTest(name = "tier {0} = {1}")
  @CsvSource({
    // gpt-4o 1000 in: standard 2.50 -> 0.0025; priority 4.25 -> 0.00425
    "default, 0.0025", "auto, 0.0025", "standard, 0.0025", "DEFAULT, 0.0025", "priority, 0.00425", "fast, 0.00425",
  })
  void tierNames(String tier, String usd) {
    assertThat(price("gpt-4o", "2026-08-15T00:00:00Z", usage(1000, 0, 0, 0, 0), false, tier).totalUsd())
        .isEqualByComparingTo(usd);
  }

  @Test
  void fineTuneWithoutItsOwnRowIsUnpricedNotPricedAtBase() {
    CallCost cost = price("ft:gpt-3.5-turbo-0125:acme::abc", "2026-08-15T00:00:00Z", usage(1000, 0, 0, 0, 10), false, null);
    assertThat(cost.priced()).isFalse();
    assertThat(cost.unpricedReason()).contains("fine-tuned model ft:gpt-3.5-turbo").contains("no ft: row");
  }

  @Test
  void fineTuneWithItsOwnRow() {
    // ft:gpt-4o: 1000 x 3.75 = 0.00375; 100 x 15 = 0.0015
    CallCost cost = price("ft:gpt-4o-2024-08-06:acme::abc", "2026-08-15T00:00:00Z", usage(1000, 0, 0, 0, 100), false, null);
    assertThat(cost.priceModel()).isEqualTo("ft:gpt-4o");
    assertThat(cost.totalUsd()).isEqualByComparingTo("0.00525");
  }

  @Test
  void openAiCacheWritesAreFreeButNotUnpriced() {
    // gpt-4o: 1000 5m writes x 0 = 0; 1000 in x 2.50 = 0.0025
    CallCost cost = price("gpt-4o", "2026-08-15T00:00:00Z", usage(1000, 0, 1000, 0, 0), false, null);
    assertThat(cost.cacheWriteUsd()).isEqualByComparingTo("0");
    assertThat(cost.totalUsd()).isEqualByComparingTo("0.0025");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "gemini-2.5-flash, 1000, 0, 5-minute cache-write",
    "gpt-4o, 0, 1000, 1-hour cache-write",
  })
  void tokenClassWithoutRateIsUnpriced(String model, long write5m, long write1h, String tokenClass) {
    CallCost cost = price(model, "2026-08-15T00:00:00Z", usage(10, 0, write5m, write1h, 10), false, null);
    assertThat(cost.priced()).isFalse();
    assertThat(cost.unpricedReason()).contains("1000 " + tokenClass + " tokens but no " + tokenClass + " rate");
  }

  @Test
  void longContextThresholdIsExclusive() {
    // 200000 x 1.25 = 0.25 (not above the threshold); 200001 x 2.50 = 0.5000025
    assertThat(price("gemini-2.5-pro", "2026-08-15T00:00:00Z", usage(200_000, 0, 0, 0, 0), false, null))
        .satisfies(c -> assertThat(c.totalUsd()).isEqualByComparingTo("0.25"))
        .satisfies(c -> assertThat(c.longContext()).isFalse());
    assertThat(price("gemini-2.5-pro", "2026-08-15T00:00:00Z", usage(200_001, 0, 0, 0, 0), false, null))
        .satisfies(c -> assertThat(c.totalUsd()).isEqualByComparingTo("0.5000025"))
        .satisfies(c -> assertThat(c.longContext()).isTrue());
  }

  @Test
  void longContextCountsCacheWritesAndPricesThemAtTheHigherTier() {
    // sonnet 4.5, 150000 + 40000 + 10000 + 5000 = 205000 > 200000:
    // 150000 x 6 = 0.9; 40000 x 0.60 = 0.024; 10000 x 7.50 + 5000 x 12 = 0.075 + 0.06 = 0.135;
    // out 1000 x 22.50 = 0.0225 -> 1.0815
    CallCost cost = price("claude-sonnet-4-5", "2026-08-15T00:00:00Z", usage(150_000, 40_000, 10_000, 5000, 1000), false, null);
    assertThat(cost.cacheWriteUsd()).isEqualByComparingTo("0.135");
    assertThat(cost.totalUsd()).isEqualByComparingTo("1.0815");
  }

  @Test
  void batchStacksWithLongContext() {
    // gemini-2.5-pro batch, 210000 > 200000: 210000 x 2.50 x 0.5 = 0.2625; 1000 x 15 x 0.5 = 0.0075
    CallCost cost = price("gemini-2.5-pro", "2026-08-15T00:00:00Z", usage(210_000, 0, 0, 0, 1000), true, null);
    assertThat(cost.totalUsd()).isEqualByComparingTo("0.27");
    assertThat(cost.longContext()).isTrue();
  }

  @ParameterizedTest(name = "gemini-2.5-flash cached on {0}")
  @CsvSource({
    // 100000 cached x 0.075 = 0.0075 before the assumed change; x 0.03 = 0.003 from 2025-10-01
    "2025-09-30T23:59:59Z, 0.0075", "2025-10-01T00:00:00Z, 0.003",
  })
  void geminiCacheReadChange(String at, String usd) {
    assertThat(price("gemini-2.5-flash", at, usage(0, 100_000, 0, 0, 0), false, null).totalUsd())
        .isEqualByComparingTo(usd);
  }

  @ParameterizedTest(name = "sonnet 4.6 on {0}")
  @CsvSource({
    // 250000 in: x 6 = 1.5 with the surcharge; x 3 = 0.75 once it is removed on 2026-03-13
    "2026-03-12T23:00:00Z, 1.5, true", "2026-03-13T00:00:00Z, 0.75, false",
  })
  void sonnet46LongContextSurchargeRemoved(String at, String usd, boolean longContext) {
    CallCost cost = price("claude-sonnet-4-6", at, usage(250_000, 0, 0, 0, 0), false, null);
    assertThat(cost.totalUsd()).isEqualByComparingTo(usd);
    assertThat(cost.longContext()).isEqualTo(longContext);
  }

  @Test
  void amountsKeepFullScale() {
    // gpt-5-nano flex, 1 cached token x 0.0025 / 1,000,000 = 0.0000000025, not rounded away
    CallCost cost = price("gpt-5-nano", "2026-08-15T00:00:00Z", usage(0, 1, 0, 0, 0), false, "flex");
    assertThat(cost.cachedInputUsd().stripTrailingZeros().toPlainString()).isEqualTo("0.0000000025");
  }

  private static CallCost price(String model, String at, TokenUsage usage, boolean batch, String tier) {
    return pricer.price("test", model, null, Instant.parse(at), usage, batch, tier);
  }

  private static TokenUsage usage(long uncached, long cached, long write5m, long write1h, long output) {
    return new TokenUsage(uncached, cached, write5m, write1h, output, 0);
  }

  @Test
  void ratesOfACallAreTheRatesItIsPricedAt() {
    var book = PriceBookReader.read("classpath:prices/price-book.csv");
    Instant at = Instant.parse("2026-08-15T10:00:00Z");
    // claude-sonnet-4-5 batch at long context: the long-context rates x batch 1.50/3.00 and
    // 7.50/15.00: input 6.00 x 0.5 = 3.00, 1h write 12.00 x 0.5 = 6.00, output 22.50 x 0.5 = 11.25
    ModelPrice.Rates rates = book.rates("claude-sonnet-4-5", at, null, true, true).orElseThrow();
    assertThat(rates.input()).isEqualByComparingTo("3.00");
    assertThat(rates.cacheWrite1h()).isEqualByComparingTo("6.00");
    assertThat(rates.output()).isEqualByComparingTo("11.25");
    assertThat(book.rates("gpt-4o", at, "fast", false, false).orElseThrow().output())
        .isEqualByComparingTo("17.00");
    assertThat(book.rates("gpt-4o", at, "scale", false, false)).isEmpty();
    assertThat(book.rates("gpt-4o", at, "flex", false, false)).isEmpty();
    assertThat(book.rates("no-such-model", at, null, false, false)).isEmpty();
  }
}

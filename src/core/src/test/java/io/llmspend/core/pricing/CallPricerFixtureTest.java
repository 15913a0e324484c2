package io.llmspend.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden fixture: calls priced through the public {@link CallPricer} that
 * {@link PricingConfiguration} builds from the shipped price book, with one Azure deployment
 * configured. Origin: usages made up by hand to exercise one rule each; every expected amount is
 * worked out by hand beside the call (rates in USD per 1M tokens from prices/price-book.csv;
 * cost = tokens x rate / 1,000,000). The last priced call is the worked check of FORMATS.md §4.9
 * (samples/anthropic-messages-response.json).
 */
class CallPricerFixtureTest {

  private static final Instant AUG_2026 = Instant.parse("2026-08-15T12:00:00Z");
  private static CallPricer pricer;

  /** One logged call and its expected cost by class (uncached, cached, writes, output, total). */
  record Call(String name, String provider, String model, String deployment, Instant at,
      TokenUsage usage, boolean batch, String tier, String priceModel, String... usd) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Call> calls() {
    return List.of(
        // 1000 x 2.50 = 0.0025; cached 2000 x 1.25 = 0.0025; out 500 x 10 = 0.005
        new Call("openai cached input", "openai", "gpt-4o", null, AUG_2026, usage(1000, 2000, 0, 0, 500, 0),
            false, "default", "gpt-4o", "0.0025", "0.0025", "0", "0.005", "0.0100"),
        // 100 x 3 = 0.0003; read 10000 x 0.30 = 0.003; writes 2000 x 3.75 = 0.0075 + 1000 x 6 = 0.006
        // -> 0.0135; out 300 x 15 = 0.0045
        new Call("anthropic 5m and 1h writes", "anthropic", "claude-sonnet-4-5-20250929", null, AUG_2026,
            usage(100, 10_000, 2000, 1000, 300, 0), false, null, "claude-sonnet-4-5",
            "0.0003", "0.003", "0.0135", "0.0045", "0.0213"),
        // haiku 4.5, tier "batch": in 0.50; read 0.10 x 0.5 = 0.05; 5m write 1.25 x 0.5 = 0.625; out 2.50:
        // 2000 x 0.50 = 0.001; 40000 x 0.05 = 0.002; 4000 x 0.625 = 0.0025; 1000 x 2.50 = 0.0025
        new Call("anthropic batch with cache", "anthropic", "claude-haiku-4-5", null, AUG_2026,
            usage(2000, 40_000, 4000, 0, 1000, 0), false, "batch", "claude-haiku-4-5",
            "0.001", "0.002", "0.0025", "0.0025", "0.008"),
        // gpt-4.1-mini batch flag: in 0.20; cached 0.10 x 0.20/0.40 = 0.05; out 0.80:
        // 8000 x 0.20 = 0.0016; 2000 x 0.05 = 0.0001; 1000 x 0.80 = 0.0008
        new Call("openai batch with cache", "openai", "gpt-4.1-mini", null, AUG_2026, usage(8000, 2000, 0, 0, 1000, 0),
            true, "default", "gpt-4.1-mini", "0.0016", "0.0001", "0", "0.0008", "0.0025"),
        // o3 from 2025-06-10 ($2/$8): 5000 x 2 = 0.01; cached 1000 x 0.50 = 0.0005;
        // out 4000 (3000 reasoning inside, not added again) x 8 = 0.032
        new Call("o3 after cut", "openai", "o3", null, Instant.parse("2025-07-01T00:00:00Z"),
            usage(5000, 1000, 0, 0, 4000, 3000), false, null, "o3", "0.01", "0.0005", "0", "0.032", "0.0425"),
        // o3 before 2025-06-10 ($10/$40): 5000 x 10 = 0.05; 1000 x 2.50 = 0.0025; 4000 x 40 = 0.16
        new Call("o3 before cut", "openai", "o3-2025-04-16", null, Instant.parse("2025-06-09T23:59:59Z"),
            usage(5000, 1000, 0, 0, 4000, 3000), false, null, "o3", "0.05", "0.0025", "0", "0.16", "0.2125"),
        // gemini-2.5-pro prompt 190000 + 20000 cached = 210000 > 200000, whole request at >200k:
        // 190000 x 2.50 = 0.475; 20000 x 0.25 = 0.005; out 2000 x 15 = 0.03
        new Call("gemini long context", "google", "gemini-2.5-pro", null, AUG_2026,
            usage(190_000, 20_000, 0, 0, 2000, 1500), false, null, "gemini-2.5-pro",
            "0.475", "0.005", "0", "0.03", "0.51"),
        // output = 300 candidates + 500 thoughts = 800: 1200 x 0.30 = 0.00036; 800 x 2.50 = 0.002
        new Call("gemini thoughts", "google", "gemini/gemini-2.5-flash", null, AUG_2026,
            usage(1200, 0, 0, 0, 800, 500), false, null, "gemini-2.5-flash", "0.00036", "0", "0", "0.002", "0.00236"),
        // gpt-4o-2024-08-06 -> gpt-4o: 10000 x 2.50 = 0.025; 1000 x 10 = 0.01
        new Call("dated snapshot", "openai", "gpt-4o-2024-08-06", null, AUG_2026, usage(10_000, 0, 0, 0, 1000, 0),
            false, null, "gpt-4o", "0.025", "0", "0", "0.01", "0.035"),
        // deployment prod-chat -> gpt-4o-mini although the log says gpt-4o:
        // 20000 x 0.15 = 0.003; 10000 x 0.075 = 0.00075; 2000 x 0.60 = 0.0012
        new Call("azure deployment", "azure_openai", "gpt-4o", "prod-chat", AUG_2026,
            usage(20_000, 10_000, 0, 0, 2000, 0), false, null, "gpt-4o-mini",
            "0.003", "0.00075", "0", "0.0012", "0.00495"),
        // gpt-5 priority: 3000 x 2.50 = 0.0075; 1000 x 0.25 = 0.00025; 2000 x 20 = 0.04
        new Call("priority tier", "openai", "gpt-5", null, AUG_2026, usage(3000, 1000, 0, 0, 2000, 1500),
            false, "priority", "gpt-5", "0.0075", "0.00025", "0", "0.04", "0.04775"),
        // gpt-5-mini flex: 100000 x 0.125 = 0.0125; 10000 x 1.00 = 0.01
        new Call("flex tier", "openai", "gpt-5-mini", null, AUG_2026, usage(100_000, 0, 0, 0, 10_000, 0),
            false, "flex", "gpt-5-mini", "0.0125", "0", "0", "0.01", "0.0225"),
        // FORMATS §4.9: 249 x 3 = 0.000747; 26 x 15 = 0.00039
        new Call("formats 4.9 worked check", "anthropic", "claude-sonnet-4-5", null,
            Instant.parse("2025-10-15T08:00:00Z"), usage(249, 0, 0, 0, 26, 0), false, "standard",
            "claude-sonnet-4-5", "0.000747", "0", "0", "0.00039", "0.001137"));
  }

  @BeforeAll
  static void startContext() {
    PricingProperties pricing = new PricingProperties(null, null, null,
        Map.of("prod-chat", "gpt-4o-mini"), null);
    pricer = pricing.pricer(pricing.readPriceBook());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void pricesEachCallExactly(Call call) {
    CallCost cost = price(call);
    assertThat(cost.priced()).as(cost.unpricedReason()).isTrue();
    assertThat(cost.priceModel()).isEqualTo(call.priceModel());
    assertThat(cost.uncachedInputUsd()).isEqualByComparingTo(call.usd()[0]);
    assertThat(cost.cachedInputUsd()).isEqualByComparingTo(call.usd()[1]);
    assertThat(cost.cacheWriteUsd()).isEqualByComparingTo(call.usd()[2]);
    assertThat(cost.outputUsd()).isEqualByComparingTo(call.usd()[3]);
    assertThat(cost.totalUsd()).isEqualByComparingTo(call.usd()[4]);
    assertThat(cost.longContext()).isEqualTo(call.name().contains("long context"));
  }

  @Test
  void unknownModelIsUnpricedNotZero() {
    CallCost cost = pricer.price("openai", "acme-llm-7b", null, AUG_2026, usage(1000, 0, 0, 0, 100, 0), false, null);
    assertThat(cost.priced()).isFalse();
    assertThat(cost.priceModel()).isNull();
    assertThat(cost.unpricedReason()).contains("acme-llm-7b").contains("not in the price book");
    assertThat(cost.totalUsd()).isNull();
    assertThat(cost.uncachedInputUsd()).isNull();
    assertThat(cost.cachedInputUsd()).isNull();
    assertThat(cost.cacheWriteUsd()).isNull();
    assertThat(cost.outputUsd()).isNull();
    assertThat(cost.inputUsd()).isNull();
  }

  @Test
  void totalOfTheFixture() {
    // 0.0100 + 0.0213 + 0.008 + 0.0025 + 0.0425 + 0.2125 + 0.51 + 0.00236 + 0.035 + 0.00495
    // + 0.04775 + 0.0225 + 0.001137 = 0.920497
    BigDecimal total = calls().stream().map(CallPricerFixtureTest::price).map(CallCost::totalUsd)
        .map(Objects::requireNonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("0.920497");
  }

  private static CallCost price(Call call) {
    return pricer.price(call.provider(), call.model(), call.deployment(), call.at(), call.usage(), call.batch(), call.tier());
  }

  private static TokenUsage usage(long uncached, long cached, long write5m, long write1h, long output, long reasoning) {
    return new TokenUsage(uncached, cached, write5m, write1h, output, reasoning);
  }
}

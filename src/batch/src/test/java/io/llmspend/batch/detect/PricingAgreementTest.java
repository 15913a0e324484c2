package io.llmspend.batch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.ModelPrice;
import io.llmspend.core.pricing.PriceBook;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.pricing.TokenUsage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL detectors price tokens exactly as the Java pricer does (core PriceBookCallPricer): the
 * rates come from {@code price_book}, which Java writes (PriceBookTable), and the one SQL rule,
 * {@code usd_at} in {@code sql/detect_setup/usd_macros.sql}, is checked here against the pricer
 * for every price-book row (each model and period, on its first and last day), every token
 * class (uncached, cached, 5-minute and 1-hour writes, output with reasoning), the batch rates,
 * the long-context threshold and every service-tier name, and for every right-sizing pair of
 * {@code model_alternatives}.
 */
class PricingAgreementTest {
  /** Below every long-context threshold (200,000), odd to exercise every decimal of a rate. */
  private static final long N = 123_457;
  private static final PriceBook BOOK = PricingProperties.defaults().readPriceBook();
  private static final CallPricer PRICER = PricingProperties.defaults().pricer(BOOK);
  private static final String AT_RATES = "select call_key, standard_tier,"
      + " usd_at(uncached_input_tokens, cached_input_tokens, cache_write_5m_tokens,"
      + " cache_write_1h_tokens, output_tokens, r_in, r_cached, r_cw5m, r_cw1h, r_out) as standard,"
      + " usd_at(uncached_input_tokens, cached_input_tokens, cache_write_5m_tokens,"
      + " cache_write_1h_tokens, output_tokens, rb_in, rb_cached, rb_cw5m, rb_cw1h, rb_out)"
      + " as batch from detect_calls";

  private static int next;

  @TempDir Path dir;

  /** One call of the test: what Java says, and the key of the row SQL sees. */
  private record Case(String key, String what, CallCost standard, CallCost batch) {}

  @Test
  void everyBookRowAndTokenClassCostsTheSameInSqlAndJava() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      List<Case> cases = new ArrayList<>();
      for (String model : BOOK.models()) {
        for (ModelPrice period : BOOK.periods(model)) {
          for (LocalDate day : days(period)) {
            for (TokenUsage usage : classes()) {
              cases.add(insert(f, model, day, usage, null, false));
            }
          }
        }
      }
      Map<String, Map<String, Object>> sql = sqlRows(f);
      int priced = 0;
      for (Case c : cases) {
        Map<String, Object> row = sql.get(c.key());
        assertThat(row.get("standard_tier")).as(c.what()).isEqualTo(c.standard().priced());
        assertAgrees(c.what() + " standard", c.standard(), row.get("standard"));
        if (c.standard().priced()) {
          assertAgrees(c.what() + " batch", c.batch(), row.get("batch"));
          priced++;
        }
      }
      // 37 book rows x 2 days (1 for rows without a closing day is the same day twice) x 6 usages
      assertThat(priced).isGreaterThan(250);
    }
  }

  @Test
  void longContextCallsAreNeverPricedAtStandardRatesInSql() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      List<Case> cases = new ArrayList<>();
      for (String model : BOOK.models()) {
        for (ModelPrice period : BOOK.periods(model)) {
          Long threshold = period.longContextThresholdTokens();
          if (threshold != null) {
            cases.add(insert(f, model, period.validFrom(), usage(threshold, 0, 0, 0, 10, 0), null, false));
            cases.add(insert(f, model, period.validFrom(), usage(threshold + 1, 0, 0, 0, 10, 0), null, false));
          }
        }
      }
      Map<String, Map<String, Object>> sql = sqlRows(f);
      assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
      for (Case c : cases) {
        Map<String, Object> row = sql.get(c.key());
        assertThat(c.standard().priced()).isTrue();
        assertThat(row.get("standard_tier")).as(c.what()).isEqualTo(!c.standard().longContext());
        if (!c.standard().longContext()) {
          assertAgrees(c.what(), c.standard(), row.get("standard"));
        }
      }
    }
  }

  @Test
  void sqlCallsAStandardTierExactlyWhatJavaPricesAtStandardRates() throws Exception {
    // gpt-5 input: standard 1.25, batch 0.625, flex 0.625, priority 2.50 (price book)
    List<String> names = new ArrayList<>(List.of("", "default", "auto", "standard", "on_demand",
        " Default ", "AUTO", "On_Demand", "batch", "flex", "on_demand_flex", "priority", "fast",
        "on_demand_priority", "scale", "provisioned_throughput", "reserved"));
    names.add(null);
    try (DetectFixture f = new DetectFixture(dir)) {
      LocalDate day = LocalDate.parse("2026-11-15");
      TokenUsage usage = usage(N, 0, 0, 0, N, 0);
      CallCost standard = PRICER.price("openai", "gpt-5", null, instant(day), usage, false, null);
      List<Case> cases = new ArrayList<>();
      for (String name : names) {
        for (boolean batch : List.of(false, true)) {
          cases.add(insert(f, "gpt-5", day, usage, name, batch));
        }
      }
      Map<String, Map<String, Object>> sql = sqlRows(f);
      for (Case c : cases) {
        boolean atStandard = c.standard().priced()
            && c.standard().totalUsd().compareTo(standard.totalUsd()) == 0;
        assertThat(sql.get(c.key()).get("standard_tier")).as(c.what()).isEqualTo(atStandard);
      }
    }
  }

  @Test
  void rightSizingPricesTheCheaperModelAsJavaDoes() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      f.detection().prepare();
      List<Map<String, Object>> pairs = f.rows("select model, cheaper_model from model_alternatives");
      Map<String, BigDecimal> expected = new HashMap<>();
      int function = 0;
      for (Map<String, Object> pair : pairs) {
        String model = (String) pair.get("model");
        String cheaper = (String) pair.get("cheaper_model");
        for (ModelPrice period : BOOK.periods(cheaper)) {
          LocalDate day = period.validFrom();
          for (TokenUsage usage : List.of(usage(1999, 0, 0, 0, 0, 0), usage(0, 1999, 0, 0, 0, 0),
              usage(0, 0, 1999, 0, 0, 0), usage(0, 0, 0, 1999, 0, 0), usage(0, 0, 0, 0, 299, 0))) {
            CallCost premium = PRICER.price(null, model, null, instant(day), usage, false, null);
            if (!premium.priced()) {
              continue; // not a standard-tier call: no detector prices it
            }
            String name = "rs-" + function++;
            CallCost alternative = PRICER.price(null, cheaper, null, instant(day), usage, false, null);
            insert(f, model, day, usage, null, false, name);
            if (alternative.priced() && premium.totalUsd().compareTo(alternative.totalUsd()) > 0) {
              expected.put(name, alternative.totalUsd().stripTrailingZeros());
            }
          }
        }
      }
      Map<String, BigDecimal> found = new HashMap<>();
      for (Map<String, Object> r : f.detect("d5_right_size_models")) {
        // "<cost> USD on <model> - the same tokens at <cheaper> rates <cheaper cost> USD = ..."
        String[] words = ((String) r.get("formula")).split(" ");
        found.put((String) r.get("function"),
            new BigDecimal(words[words.length - 5]).stripTrailingZeros());
      }
      assertThat(expected).hasSizeGreaterThan(20);
      assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);
    }
  }

  private static void assertAgrees(String what, CallCost java, Object sql) {
    if (java.priced()) {
      assertThat((BigDecimal) sql).as(what).isEqualByComparingTo(java.totalUsd());
    } else {
      assertThat(sql).as(what + ": " + java.unpricedReason()).isNull();
    }
  }

  private static Map<String, Map<String, Object>> sqlRows(DetectFixture f) throws Exception {
    f.detection().prepare();
    Map<String, Map<String, Object>> rows = new HashMap<>();
    for (Map<String, Object> r : f.rows(AT_RATES)) {
      rows.put((String) r.get("call_key"), r);
    }
    return rows;
  }

  private static Case insert(DetectFixture f, String model, LocalDate day, TokenUsage usage,
      String tier, boolean batch) throws Exception {
    return insert(f, model, day, usage, tier, batch, "f");
  }

  /** A call as ingest would load it: Java's cost and flags, the day inside the report month. */
  private static Case insert(DetectFixture f, String model, LocalDate day, TokenUsage usage,
      String tier, boolean batch, String function) throws Exception {
    CallCost standard = PRICER.price(null, model, null, instant(day), usage, batch, tier);
    CallCost atBatch = PRICER.price(null, model, null, instant(day), usage, true, null);
    String key = "c" + next++;
    Map<String, Object> c = new HashMap<>();
    c.put("call_key", key);
    c.put("model", model);
    c.put("function", function);
    c.put("ts", day.atTime(12, 0));
    c.put("day", LocalDate.parse(DetectFixture.REPORT_DATE));
    c.put("service_tier", tier);
    c.put("batch", batch);
    c.put("priced", standard.priced());
    c.put("long_context", standard.longContext());
    c.put("cost_usd", standard.totalUsd());
    c.put("uncached_input_tokens", usage.uncachedInputTokens());
    c.put("cached_input_tokens", usage.cachedInputTokens());
    c.put("cache_write_5m_tokens", usage.cacheWrite5mTokens());
    c.put("cache_write_1h_tokens", usage.cacheWrite1hTokens());
    c.put("input_tokens", usage.inputTokens());
    c.put("output_tokens", usage.outputTokens());
    c.put("reasoning_tokens", usage.reasoningTokens());
    f.call(c);
    String what = model + " on " + day + " " + usage + " tier " + tier + " batch " + batch;
    return new Case(key, what, standard, atBatch);
  }

  /** The first and the last day of a period (an open period: its first day and 2026-11-30). */
  private static List<LocalDate> days(ModelPrice period) {
    LocalDate last = period.validTo() == null ? LocalDate.parse(DetectFixture.REPORT_DATE)
        : period.validTo().minusDays(1);
    return List.of(period.validFrom(), last);
  }

  /** One usage per token class, and output with reasoning inside it. */
  private static List<TokenUsage> classes() {
    return List.of(usage(N, 0, 0, 0, 0, 0), usage(0, N, 0, 0, 0, 0), usage(0, 0, N, 0, 0, 0),
        usage(0, 0, 0, N, 0, 0), usage(0, 0, 0, 0, N, 0), usage(0, 0, 0, 0, N, N / 3));
  }

  private static TokenUsage usage(long uncached, long cached, long write5m, long write1h,
      long output, long reasoning) {
    return new TokenUsage(uncached, cached, write5m, write1h, output, reasoning);
  }

  private static java.time.Instant instant(LocalDate day) {
    return LocalDateTime.of(day, java.time.LocalTime.NOON).toInstant(ZoneOffset.UTC);
  }
}

package io.llmspend.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped price book loads and holds every model of FORMATS.md §4.6 and the dated changes of
 * §4.8. Data checks return the offending rows: empty means pass.
 */
class ShippedPriceBookTest {

  private static final List<String> REQUIRED_MODELS =
      List.of(
          "gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "o3", "o4-mini",
          "gpt-5", "gpt-5-mini", "gpt-5-nano",
          "claude-3-5-haiku", "claude-sonnet-4", "claude-sonnet-4-5", "claude-opus-4",
          "claude-opus-4-1", "claude-opus-4-5", "claude-haiku-4-5", "claude-sonnet-4-6",
          "claude-opus-4-6",
          "gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.0-flash", "gemini-2.5-flash-lite");

  private static PriceBook book;

  @BeforeAll
  static void load() {
    book = PriceBookReader.read("classpath:prices/price-book.csv");
  }

  @Test
  void containsEveryRequiredModelPricedToday() {
    assertThat(book.models()).containsAll(REQUIRED_MODELS);
    Instant now = Instant.parse("2026-11-29T00:00:00Z");
    assertThat(REQUIRED_MODELS.stream().filter(m -> book.find(m, now).isEmpty())).isEmpty();
  }

  @Test
  void versionIsTwelveHexDigits() {
    assertThat(book.version()).matches("[0-9a-f]{12}");
  }

  @Test
  void o3PriceCutOn20250610() {
    assertThat(book.find("o3", Instant.parse("2025-06-09T23:59:59Z")).orElseThrow().standard().input())
        .isEqualByComparingTo("10");
    assertThat(book.find("o3", Instant.parse("2025-06-10T00:00:00Z")).orElseThrow().standard().output())
        .isEqualByComparingTo("8");
  }

  @Test
  void anthropicCacheMultipliersHoldOnEveryRow() {
    // 5m write = 1.25x input, 1h write = 2x, read = 0.1x (FORMATS §4.1), at both context tiers
    var offending =
        rows("anthropic").stream()
            .flatMap(p -> Stream.of(p.standard(), p.longContext()))
            .filter(r -> r != null && !(ratio(r.cacheWrite5m(), r.input(), "1.25")
                && ratio(r.cacheWrite1h(), r.input(), "2") && ratio(r.cachedInput(), r.input(), "0.1")))
            .toList();
    assertThat(offending).isEmpty();
  }

  @Test
  void batchIsHalfPriceEverywhere() {
    var offending =
        book.models().stream().flatMap(m -> book.periods(m).stream())
            .filter(p -> p.batch() != null)
            .filter(p -> !(ratio(p.batch().input(), p.standard().input(), "0.5")
                && ratio(p.batch().output(), p.standard().output(), "0.5")))
            .toList();
    assertThat(offending).isEmpty();
  }

  @Test
  void openAiCacheWritesAreFreeAndGoogleHasNone() {
    // a model with prompt caching has a free (0) write rate; one without caching has none
    assertThat(rows("openai").stream().map(ModelPrice::standard)
        .filter(r -> r.cachedInput() == null
            ? r.cacheWrite5m() != null
            : r.cacheWrite5m() == null || r.cacheWrite5m().signum() != 0)).isEmpty();
    assertThat(rows("google").stream().filter(p -> p.standard().cacheWrite5m() != null)).isEmpty();
  }

  @Test
  void everyShippedAliasPointsIntoTheBook() {
    var aliases = ModelAliasesReader.read("classpath:prices/model-aliases.csv", book);
    assertThat(aliases).containsEntry("claude-3-5-haiku-latest", "claude-3-5-haiku");
    assertThat(aliases.values().stream().filter(m -> !book.contains(m))).isEmpty();
  }

  private static List<ModelPrice> rows(String provider) {
    return book.models().stream().flatMap(m -> book.periods(m).stream())
        .filter(p -> p.provider().equals(provider)).toList();
  }

  private static boolean ratio(BigDecimal rate, BigDecimal input, String factor) {
    return rate != null && rate.compareTo(input.multiply(new BigDecimal(factor))) == 0;
  }
}

package io.llmspend.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A broken price book or alias file fails fast, naming file, line and reason. Fixtures: src/test/resources/prices/. */
class PriceBookValidationTest {

  @Test
  void badNumber() {
    assertRejected("bad-number.csv", 3, "bad number '2.0O' in input_usd_per_mtok");
  }

  @Test
  void negativeRate() {
    assertRejected("negative-rate.csv", 3, "negative rate -8.00 in output_usd_per_mtok");
  }

  @Test
  void overlappingPeriodsOfOneModel() {
    assertRejected("overlap.csv", 3, "validity of test-model from 2025-06-01 overlaps the period on line 2");
  }

  @Test
  void validToNotAfterValidFrom() {
    assertRejected("valid-to-not-after-from.csv", 3, "valid_to 2025-06-01 is not after valid_from 2025-06-01");
  }

  @Test
  void missingColumn() {
    assertRejected("missing-column.csv", 1, "missing column(s) [cached_input_usd_per_mtok]");
  }

  @Test
  void batchFractionThatWouldNeedRounding() {
    // cached 0.10 x batch 0.10 / input 0.30 = 0.0333...: pricing never rounds, so the book is refused
    assertRejected("inexact-batch.csv", 2, "is not an exact decimal");
  }

  @Test
  void unreadableFile() {
    assertThatThrownBy(() -> PriceBookReader.read("classpath:prices/no-such-book.csv"))
        .isInstanceOf(PriceBookException.class)
        .hasMessageContaining("no-such-book.csv")
        .hasMessageContaining("cannot read");
  }

  @Test
  void aliasToAModelTheBookLacks() {
    PriceBook book = PriceBookReader.read("classpath:prices/rules-book.csv");
    assertThatThrownBy(() -> ModelAliasesReader.read("classpath:prices/aliases-unknown-target.csv", book))
        .isInstanceOf(PriceBookException.class)
        .hasMessageContaining("aliases-unknown-target.csv line 3: alias test-alias points to no-such-model");
  }

  @Test
  void duplicateAliasIgnoringCase() {
    PriceBook book = PriceBookReader.read("classpath:prices/rules-book.csv");
    assertThatThrownBy(() -> ModelAliasesReader.read("classpath:prices/aliases-duplicate.csv", book))
        .isInstanceOf(PriceBookException.class)
        .hasMessageContaining("aliases-duplicate.csv line 3: duplicate alias test-alias");
  }

  @Test
  void theConfiguredBookIsValidatedWhenRead() {
    PricingProperties pricing = new PricingProperties("classpath:prices/overlap.csv", null, null, null, null);
    assertThatThrownBy(pricing::readPriceBook)
        .isInstanceOf(PriceBookException.class)
        .hasMessageContaining("overlap.csv line 3");
  }

  private static void assertRejected(String fixture, long line, String reason) {
    assertThatThrownBy(() -> PriceBookReader.read("classpath:prices/" + fixture))
        .isInstanceOf(PriceBookException.class)
        .hasMessageContaining(fixture + " line " + line + ": ")
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(((PriceBookException) e).line()).isEqualTo(line));
  }
}

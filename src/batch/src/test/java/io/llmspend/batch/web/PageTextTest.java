package io.llmspend.batch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Report fields as a page shows them; values worked by hand. */
class PageTextTest {
  @ParameterizedTest(name = "{0} share={1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "null", emptyValue = "", value = {
      "82.498491725000 | false | 82.50",  // the sample week's spend, half up
      "12345.675000000000 | false | '12,345.68'", // half up, thousands separated
      "-0.005000 | false | -0.01",                // half up is away from zero
      "0.000007 | false | 0.00",
      "1.5 | false | 1.5",                        // two places or fewer: as written
      "21027 | false | 21027",                    // counts as written
      "'' | false | ''",
      "gpt-4o | false | gpt-4o",
      "2026-11-22 | false | 2026-11-22",
      "1.474373 | true | 147.4%",                 // 147.4373 -> 147.4
      "-0.187936 | true | -18.8%",                // -18.7936 -> -18.8
      "1.000000 | true | 100.0%",
      "'' | true | ''"})
  void field(String value, boolean share, String shown) {
    assertThat(PageText.field(value, share)).isEqualTo(shown);
  }
}

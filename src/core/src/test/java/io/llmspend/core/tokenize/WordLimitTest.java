package io.llmspend.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knuddels.jtokkit.api.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One giant word is refused before JTokkit sees it (issue 16 §1: 4 MB of one word took about 1.1
 * GB), and everything else is counted exactly as JTokkit counts it. The texts are generated here.
 */
class WordLimitTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"o200k_base, a", "o200k_base, =", "o200k_base, ' '", "o200k_base, \u4e2d",
      "cl100k_base, a", "cl100k_base, Ab", "cl100k_base, \u4e2d", "r50k_base, 7"})
  void aWordLongerThanTheLimitIsNotCounted(String encoding, String unit) {
    String word = unit.repeat(WordLimit.MAX_WORD_CHARS / unit.length() + 1);
    String text = "Summarize this: " + word + " thanks";

    assertThatThrownBy(() -> WordLimit.check(encoding, text))
        .isInstanceOf(WordLimit.TooLongWordException.class)
        .hasMessageContaining("characters without a break at character 15")
        .hasMessageContaining("(at most 50000)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"o200k_base", "cl100k_base"})
  void longTextsOfOrdinaryWordsDigitsAndBase64AreCountedExactlyAsBefore(String name) {
    Encoding encoding = EncodingCatalog.encoding(name);
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 300_000; i++) {
      text.append("Line ").append(i).append(": the quick brown fox, ").append(i * 7919L)
          .append(" QmFzZTY0IGRhdGEgaGVyZQ+/").append(i % 10).append('\n');
    }
    String digits = "1234567890".repeat(20_000); // 200,000 digits: pieces of 3
    CountCache cache = new CountCache(0);

    assertThat(cache.count(encoding, text.toString()))
        .isEqualTo(encoding.countTokensOrdinary(text.toString()));
    assertThat(cache.count(encoding, digits)).isEqualTo(encoding.countTokensOrdinary(digits));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {WordLimit.MAX_WORD_CHARS - 1, WordLimit.MAX_WORD_CHARS})
  void aWordAtTheLimitIsCounted(int chars) {
    Encoding encoding = EncodingCatalog.encoding("o200k_base");
    String word = "x " + "a".repeat(chars - 1); // the piece " aaa..." has chars characters

    assertThat(new CountCache(10).count(encoding, word))
        .isEqualTo(encoding.countTokensOrdinary(word));
  }
}

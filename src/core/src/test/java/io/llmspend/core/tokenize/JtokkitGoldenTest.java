package io.llmspend.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.api.Encoding;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays every row of jtokkit's golden CSV files (knuddelsgmbh/jtokkit, generated with Python
 * tiktoken {@code encode_ordinary}; see src/test/resources/tokenizer/SOURCE.md): token ids, the
 * at-most-10-token prefix, and our counter's count through a model mapped to that encoding.
 */
class JtokkitGoldenTest {

  private final TokenCounter counter = new TokenCounter(TokenizeProperties.defaults());

  @ParameterizedTest
  @CsvSource({
    "jtokkit_cl100k_base_encodings.csv, cl100k_base, gpt-4, 423",
    "jtokkit_o200k_base_encodings.csv, o200k_base, gpt-4o, 421",
    "jtokkit_base_prompts.csv, cl100k_base, gpt-3.5-turbo, 421"
  })
  void replaysEveryRow(String file, String encodingName, String model, int rows) {
    Encoding encoding = EncodingCatalog.encoding(encodingName);
    List<CSVRecord> records = Goldens.csv(file);

    assertThat(records).hasSize(rows);
    for (CSVRecord row : records) {
      String input = row.get("input");
      List<Integer> expected = Goldens.ids(row.get("output"));
      assertThat(encoding.encodeOrdinary(input).boxed()).as(input).isEqualTo(expected);
      assertThat(counter.countText(model, input)).as(input).isEqualTo(expected.size());
      if (row.isMapped("outputMaxTokens10")) {
        assertThat(encoding.encodeOrdinary(input, 10).getTokens().boxed())
            .as(input)
            .isEqualTo(Goldens.ids(row.get("outputMaxTokens10")));
      }
    }
  }
}

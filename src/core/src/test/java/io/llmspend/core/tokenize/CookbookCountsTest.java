package io.llmspend.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays the OpenAI cookbook notebook "How to count tokens with tiktoken" (openai/openai-cookbook
 * {@code examples/How_to_count_tokens_with_tiktoken.ipynb}, versions A and B; see
 * src/test/resources/tokenizer/SOURCE.md): the cl100k_base and o200k_base string examples, and
 * every chat and tool count, against the notebook's function and the API.
 */
class CookbookCountsTest {

  private static final JsonNode FILE = Goldens.json("openai_cookbook_token_counts.json");

  private final TokenCounter counter = new TokenCounter(TokenizeProperties.defaults());

  @Test
  void replaysTheStringExamples() {
    int replayed = 0;
    for (JsonNode example : FILE.get("string_examples")) {
      String name = example.get("encoding").asText();
      if (Goldens.OUR_ENCODINGS.contains(name)) {
        String text = example.get("text").asText();
        assertThat(EncodingCatalog.encoding(name).encodeOrdinary(text).boxed())
            .as(name + " " + text)
            .isEqualTo(ints(example.get("tokens")));
        replayed++;
      }
    }
    assertThat(replayed).isEqualTo(8);
  }

  @Test
  void replaysEveryChatAndToolCount() throws BadRecordException {
    int replayed = 0;
    for (JsonNode example : FILE.get("chat_examples")) {
      ObjectNode body = Goldens.JSON.createObjectNode();
      body.set("messages", example.get("messages"));
      if (example.get("tools").isArray()) {
        body.set("tools", example.get("tools"));
      }
      for (JsonNode result : example.get("results")) {
        String model = result.get("model").asText();
        InputSplit split = counter.countRequest("openai", model, body);
        String label = example.get("id").asText() + " " + model;
        assertThat(split.totalTokens())
            .as(label)
            .isEqualTo(result.get("function_estimate").asInt());
        assertThat(split.estimated()).as(label).isFalse();
        if (!aliasThenPointedAt0301(result)) {
          assertThat(split.totalTokens())
              .as(label)
              .isEqualTo(result.get("api_prompt_tokens").asInt());
        }
        replayed++;
      }
    }
    assertThat(replayed).isEqualTo(13);
  }

  /** Version A ran "gpt-3.5-turbo" when it meant 0301 (API 127, estimate 129), as recorded. */
  private static boolean aliasThenPointedAt0301(JsonNode result) {
    return result.get("model").asText().equals("gpt-3.5-turbo")
        && result.get("source_version").asText().equals("A");
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> ints = new ArrayList<>();
    array.forEach(n -> ints.add(n.asInt()));
    return ints;
  }
}

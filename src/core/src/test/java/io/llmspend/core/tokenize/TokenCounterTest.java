package io.llmspend.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.llmspend.core.json.BadRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Edge cases of {@link TokenCounter}. Token counts as in {@link RequestSplitTest}; "Hello
 * <|endoftext|>" as ordinary text is 8 tokens in o200k_base and 7 in cl100k_base, "<|endoftext|>"
 * alone 7 in o200k_base (tiktoken {@code encode_ordinary}, checked with JTokkit).
 */
class TokenCounterTest {

  private final TokenCounter counter = new TokenCounter(TokenizeProperties.defaults());

  @Test
  void countsSpecialTokenStringsAsOrdinaryText() throws BadRecordException {
    assertThat(counter.countText("gpt-4o", "Hello <|endoftext|>")).isEqualTo(8);
    assertThat(counter.countText("gpt-4", "Hello <|endoftext|>")).isEqualTo(7);
    // 3 + user 1 + "<|endoftext|>" 7 + priming 3 = 14
    assertThat(count("gpt-4o", "{\"input\": \"<|endoftext|>\"}").userMessageTokens()).isEqualTo(14);
  }

  @Test
  void countsNullAndEmptyTextAsZero() {
    assertThat(counter.countText("gpt-4o", null)).isZero();
    assertThat(counter.countText("gpt-4o", "")).isZero();
  }

  @Test
  void estimatesClaudeGeminiAndUnknownModelsWithO200k() throws BadRecordException {
    String body = "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}";
    for (String model :
        new String[] {"claude-3-5-haiku-latest", "gemini-2.5-pro", "mystery", null}) {
      InputSplit split = count(model, body);
      assertThat(split.estimated()).as(model).isTrue();
      assertThat(split.encoding()).as(model).isEqualTo("o200k_base");
      assertThat(split.totalTokens()).as(model).isEqualTo(8); // 3 + user 1 + Hi 1 + priming 3
    }
    assertThat(count("gpt-4o", body).estimated()).isFalse();
  }

  @Test
  void countsEstimatedTextWithO200k() {
    // "Hello <|endoftext|>" is 8 in o200k_base, 7 in cl100k_base
    assertThat(counter.countText("claude-opus-4-1", "Hello <|endoftext|>")).isEqualTo(8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{}", "{\"model\": \"gpt-4o\", \"temperature\": 0}", "{\"messages\": []}"})
  void returnsZerosWhenNothingIsCountable(String body) throws BadRecordException {
    assertThat(count("gpt-4o", body))
        .isEqualTo(new InputSplit("o200k_base", false, 0, 0, 0, 0, 0, null, null, 0, null));
  }

  @Test
  void putsEverythingInHistoryWithoutAUserMessage() throws BadRecordException {
    String body =
        """
        {"messages": [{"role": "developer", "content": "Be brief."},
          {"role": "assistant", "content": "Hello"}]}
        """;
    // system: 3 + developer 1 + 3 = 7; history: 3 + assistant 1 + Hello 1 = 5; priming 3
    assertThat(count("gpt-5", body))
        .isEqualTo(
            new InputSplit(
                "o200k_base",
                false,
                7,
                0,
                5,
                3,
                15,
                RequestSplitTest.BE_BRIEF_SHA256,
                "Be brief.",
                0,
                "4cdb6ae18c5b9823ca827c865a12beeef9a62ceb9059552600c482693e8069b9")); // sha256("Be brief." + NUL), Python hashlib
  }

  @Test
  void skipsContentItCannotRead() throws BadRecordException {
    String body =
        """
        {"messages": [{"role": "user", "content": 5},
          {"role": 7, "content": [{"type": "image_url", "image_url": {"url": "https://x/y.png"}},
            {"type": "text", "text": "Hi"}]}]}
        """;
    // user with numeric content: 3 + user 1 = 4 (history, before the last user message)
    // role 7 is no user: 3 + Hi 1 = 4 (after the last user message); priming 3
    assertThat(count("gpt-4o", body))
        .isEqualTo(new InputSplit("o200k_base", false, 0, 0, 0, 11, 11, null, null, 0, null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"text\"",
        "{\"messages\": \"hi\"}",
        "{\"messages\": [1]}",
        "{\"messages\": [{\"role\": \"assistant\", \"tool_calls\": {}}]}",
        "{\"messages\": [], \"tools\": {}}",
        "{\"input\": 5}",
        "{\"contents\": \"hi\"}",
        "{\"contents\": [{\"parts\": \"hi\"}]}"
      })
  void rejectsUnreadableStructure(String body) {
    assertThatThrownBy(() -> count("gpt-4o", body))
        .isInstanceOf(BadRecordException.class);
  }

  @Test
  void rejectsAMissingBody() {
    assertThatThrownBy(() -> counter.countRequest("openai", "gpt-4o", null))
        .isInstanceOf(BadRecordException.class);
    assertThatThrownBy(() -> counter.countRequest("openai", "gpt-4o", NullNode.getInstance()))
        .isInstanceOf(BadRecordException.class);
  }

  private InputSplit count(String model, String body) throws BadRecordException {
    JsonNode json = Goldens.json("inline body", body);
    return counter.countRequest("openai", model, json);
  }
}

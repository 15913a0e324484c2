package io.llmspend.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewed model table: its checks, and the bundled table's encodings in tiktoken's order. */
class ModelTableTest {

  private static final String HEADER = "pattern,maker,encoding,bedrock_geo_surcharge,note\n";

  @Test
  void theBundledTableStatesTiktokensEncodingsInOrder() {
    // openai/tiktoken tiktoken/model.py, commit 4e71bbe (FORMATS.md 5.1)
    List<EncodingRule> rules = ModelTable.bundled().encodings();
    assertThat(rules.stream().map(r -> r.models().get(0) + "=" + r.encoding()).toList())
        .containsExactly("gpt-4o*=o200k_base", "chatgpt-4o*=o200k_base", "gpt-4.1*=o200k_base",
            "gpt-4.5*=o200k_base", "gpt-5*=o200k_base", "o1*=o200k_base", "o3*=o200k_base",
            "o4*=o200k_base", "gpt-4=cl100k_base", "gpt-4-*=cl100k_base", "gpt-3.5*=cl100k_base",
            "text-embedding-3-*=cl100k_base", "text-embedding-ada-002=cl100k_base",
            "davinci-002=cl100k_base", "babbage-002=cl100k_base");
  }

  @Test
  void firstMatchingRowWins() throws Exception {
    ModelTable table = ModelTable.read(new StringReader(HEADER
        + "claude-3*,anthropic,,no,\nclaude*,anthropic,,yes,\n"));
    assertThat(table.find("claude-3-5-haiku", "claude-3-5-haiku").orElseThrow().surcharge()).isFalse();
    assertThat(table.find("claude-sonnet-4-5", "claude-sonnet-4-5").orElseThrow().surcharge()).isTrue();
    assertThat(table.find("gpt-4o", "gpt-4o")).isEmpty();
  }

  @Test
  void refusesABadRowNamingIt() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ModelTable.read(new StringReader(HEADER + "gpt*,openai,o300k_base,,\n")))
        .withMessageContaining("prices/models.csv record 1: unknown encoding");
    assertThatIllegalStateException()
        .isThrownBy(() -> ModelTable.read(new StringReader(HEADER + "claude*,anthropic,,maybe,\n")))
        .withMessageContaining("bedrock_geo_surcharge must be yes, no or empty: maybe");
    assertThatIllegalStateException()
        .isThrownBy(() -> ModelTable.read(new StringReader(HEADER + "*,acme,,,\n")))
        .withMessageContaining("pattern and maker are required");
  }
}

package io.llmspend.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.llmspend.core.catalog.EncodingRule;
import io.llmspend.core.catalog.ModelCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Model name to encoding, with the catalog's table (openai/tiktoken {@code tiktoken/model.py},
 * commit 4e71bbe) and every normalization rule.
 */
class ModelEncodingTest {

  private final TokenCounter counter = new TokenCounter(TokenizeProperties.defaults());

  @ParameterizedTest
  @CsvSource({
    "gpt-4o, o200k_base",
    "gpt-4o-mini, o200k_base",
    "chatgpt-4o-latest, o200k_base",
    "gpt-4.1-nano, o200k_base",
    "gpt-4.5-preview, o200k_base",
    "gpt-5, o200k_base",
    "o1, o200k_base",
    "o1-mini, o200k_base",
    "o3-mini, o200k_base",
    "o4-mini, o200k_base",
    "gpt-4, cl100k_base",
    "gpt-4-turbo, cl100k_base",
    "gpt-4-1106-preview, cl100k_base",
    "gpt-3.5-turbo, cl100k_base",
    "gpt-3.5-turbo-16k, cl100k_base",
    "text-embedding-3-small, cl100k_base",
    "text-embedding-3-large, cl100k_base",
    "text-embedding-ada-002, cl100k_base",
    // dated snapshots
    "gpt-4o-2024-08-06, o200k_base",
    "gpt-5-mini-2025-08-07, o200k_base",
    "o4-mini-2025-04-16, o200k_base",
    "gpt-4-0613, cl100k_base",
    "gpt-4-32k-0314, cl100k_base",
    "gpt-4-turbo-2024-04-09, cl100k_base",
    "gpt-3.5-turbo-0125, cl100k_base",
    // case, provider prefixes, Azure spelling
    "GPT-4O, o200k_base",
    "' gpt-4.1 ', o200k_base",
    "openai/gpt-4o, o200k_base",
    "azure/gpt-4, cl100k_base",
    "azure_openai/GPT-35-Turbo, cl100k_base",
    "gpt-35-turbo-16k, cl100k_base",
    "gpt-35-turbo-0613, cl100k_base",
    // fine-tunes: ft:BASE:org::id and ft:BASE:org:suffix:id
    "ft:gpt-4o-mini-2024-07-18:my-org::9abc, o200k_base",
    "ft:gpt-4o-2024-08-06:my-org:support-bot:9abc, o200k_base",
    "ft:gpt-3.5-turbo-0613:my-org:custom:7xyz, cl100k_base",
    "openai/ft:gpt-4.1-mini:org::id1, o200k_base"
  })
  void resolvesOpenAiModels(String model, String encoding) {
    assertThat(counter.encodingFor(model)).contains(encoding);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "claude-sonnet-4-20250514",
        "anthropic.claude-3-haiku-20240307-v1:0",
        "gemini-2.5-pro",
        "gpt-oss-120b",
        "gpt-40",
        "my-azure-deployment"
      })
  void leavesOtherModelsOutOfTheTable(String model) {
    assertThat(counter.encodingFor(model)).isEmpty();
  }

  @Test
  void normalizesInRuleOrder() {
    ModelCatalog catalog = ModelCatalog.bundled();
    assertThat(catalog.resolve("Azure_OpenAI/GPT-35-Turbo-0613").name())
        .isEqualTo("gpt-3.5-turbo-0613");
    assertThat(catalog.resolve("Azure_OpenAI/GPT-35-Turbo-0613").base()).isEqualTo("gpt-3.5-turbo");
    assertThat(catalog.resolve("ft:gpt-4o-2024-08-06:org:suffix:id").base()).isEqualTo("gpt-4o");
    assertThat(catalog.resolve("ft:davinci-002").name()).isEqualTo("davinci-002");
    assertThat(catalog.resolve("gpt-4-1106-preview").base()).isEqualTo("gpt-4-1106-preview");
    assertThat(catalog.resolve(null).name()).isEmpty();
  }

  @Test
  void firstMatchingRuleWinsAndExactPatternsMatchOnlyTheName() {
    TokenCounter configured = new TokenCounter(new TokenizeProperties(
        List.of(
            new EncodingRule("cl100k_base", List.of("GPT-4O-Legacy")),
            new EncodingRule("o200k_base", List.of("gpt-4o*"))), 0));

    assertThat(configured.encodingFor("gpt-4o-legacy")).contains("cl100k_base");
    assertThat(configured.encodingFor("gpt-4o-legacy-2024-01-01")).contains("cl100k_base");
    assertThat(configured.encodingFor("gpt-4o-legacy-x")).contains("o200k_base");
    assertThat(configured.encodingFor("gpt-4")).isEmpty();
  }

  @Test
  void rejectsBadConfigurationAtStartUp() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EncodingRule("o300k_base", List.of("gpt-9*")))
        .withMessageContaining("o300k_base");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EncodingRule("o200k_base", List.of(" ")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new EncodingRule("o200k_base", List.of("*")));
    assertThatIllegalArgumentException().isThrownBy(() -> new TokenizeProperties(null, -1));
  }

  @Test
  void absentRulesMeanTheCatalogsTable() {
    TokenizeProperties none = new TokenizeProperties(List.of(), 5);
    assertThat(none.encodings()).isEmpty();
    assertThat(new TokenCounter(none).encodingFor("gpt-4.1")).contains("o200k_base");
  }
}

package io.llmspend.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case (at least) per resolution rule, against a small hand-made book and alias map. */
class ModelResolverTest {

  private static final Set<String> BOOK =
      Set.of("gpt-4o", "gpt-4o-2024-05-13", "gpt-4o-mini", "gpt-3.5-turbo", "claude-sonnet-4-5",
          "claude-3-5-haiku", "gemini-2.5-pro", "ft:gpt-4o");

  private final ModelResolver resolver =
      new ModelResolver(
          BOOK::contains,
          Map.of("claude-3-5-haiku-latest", "claude-3-5-haiku", "gpt-4o-2024-11-20", "gpt-4o"),
          Map.of("prod-chat", "gpt-4o-mini", "Legacy.Deployment", "gpt-35-turbo"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // exact book name, any case and blanks
    "gpt-4o, gpt-4o",
    "' GPT-4o ', gpt-4o",
    // alias file
    "claude-3-5-haiku-latest, claude-3-5-haiku",
    "gpt-4o-2024-11-20, gpt-4o",
    // provider prefixes, also stacked
    "openai/gpt-4o, gpt-4o",
    "azure/gpt-4o-mini, gpt-4o-mini",
    "anthropic/claude-sonnet-4-5, claude-sonnet-4-5",
    "gemini/gemini-2.5-pro, gemini-2.5-pro",
    "google/gemini-2.5-pro, gemini-2.5-pro",
    "models/gemini-2.5-pro, gemini-2.5-pro",
    "vertex_ai/claude-sonnet-4-5, claude-sonnet-4-5",
    "bedrock/converse/claude-sonnet-4-5, claude-sonnet-4-5",
    // Bedrock ids, with and without a geography, version suffix, prefix
    "anthropic.claude-sonnet-4-5-20250929-v1:0, claude-sonnet-4-5",
    "us.anthropic.claude-sonnet-4-5-20250929-v1:0, claude-sonnet-4-5",
    "global.anthropic.claude-sonnet-4-5-20250929-v1:0, claude-sonnet-4-5",
    "bedrock/eu.anthropic.claude-3-5-haiku-20241022-v1:0, claude-3-5-haiku",
    // Vertex @version
    "claude-sonnet-4-5@20250929, claude-sonnet-4-5",
    // dated snapshot suffix rule, both spellings
    "gpt-4o-mini-2024-07-18, gpt-4o-mini",
    "claude-sonnet-4-5-20250929, claude-sonnet-4-5",
    // a book row beats the snapshot rule: this snapshot has its own, higher price
    "gpt-4o-2024-05-13, gpt-4o-2024-05-13",
    // Azure spelling
    "gpt-35-turbo, gpt-3.5-turbo",
    "azure/gpt-35-turbo, gpt-3.5-turbo",
    // fine-tunes: ft: + resolved base, priced only if the book has the ft: row
    "ft:gpt-4o-2024-08-06:acme::abc123, ft:gpt-4o",
    "openai/ft:gpt-4o-mini-2024-07-18:acme:run-2:xyz, ft:gpt-4o-mini",
    // -MMDD is not a snapshot date we strip (gpt-3.5-turbo-1106 costs more than -0125)
    "gpt-3.5-turbo-1106, gpt-3.5-turbo-1106",
    // unknown stays normalized, never guessed
    "openai/acme-llm-7b, acme-llm-7b",
    "gemini-2.5-flash-preview-05-20, gemini-2.5-flash-preview-05-20",
  })
  void resolvesModelNames(String logged, String expected) {
    assertThat(resolver.resolve(logged, null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    // a mapped deployment wins over the model Azure reports
    "gpt-4o, prod-chat, gpt-4o-mini",
    // keys are exact; the mapped model goes through the same rules
    "gpt-4o, Legacy.Deployment, gpt-3.5-turbo",
    // an unmapped deployment leaves the model string in charge
    "gpt-4o, other-deployment, gpt-4o",
    "gpt-4o, PROD-CHAT, gpt-4o",
  })
  void resolvesAzureDeployments(String model, String deployment, String expected) {
    assertThat(resolver.resolve(model, deployment)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "null/blank -> empty")
  @CsvSource(value = {"NULL", "''"}, nullValues = "NULL")
  void missingModelResolvesToEmpty(String logged) {
    assertThat(resolver.resolve(logged, null)).isEmpty();
  }
}

package io.llmspend.batch.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.core.InvalidInputException;
import io.llmspend.core.estimate.CostEstimator;
import io.llmspend.core.estimate.Estimate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code estimate} command's settings and text. "Hi" and "Hello" are 1 token in o200k_base
 * and cl100k_base; a chat message is 3 framing + 1 role + its content, reply priming 3.
 */
class EstimateSettingsTest {
  private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
  private final CostEstimator estimator = CostEstimator.withDefaults();
  @TempDir Path dir;

  @Test
  void readsTheNightlyConfigurationWithoutSpring() throws Exception {
    assertThat(EstimateSettings.load(null).estimateText("gpt-4o", "Hello", 100L, AT))
        .isEqualTo(estimator.estimateText("gpt-4o", "Hello", 100L, AT));
    Path config = Files.writeString(dir.resolve("c.yml"), """
        llmspend:
          tokenize:
            encodings:
              - encoding: cl100k_base
                models: [house-model*]
        """);

    Estimate e = EstimateSettings.load(config).estimateText("house-model-2", "Hi", 0L, AT);

    assertThat(e.input().encoding()).isEqualTo("cl100k_base");
    assertThat(e.input().estimated()).isFalse();
    assertThat(e.input().totalTokens()).isEqualTo(8);
    assertThatThrownBy(() -> EstimateSettings.load(Files.writeString(dir.resolve("b.yml"),
        "llmspend.tokenize.cache-size: -1\n"))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void printsAnUnknownModelAsUnpriced() {
    Estimate e = estimator.estimateText("mistral-large-2411", "Hello", 100L, AT);

    assertThat(EstimateText.of(e)).contains("Estimated cost: unpriced");
  }
}

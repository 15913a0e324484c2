package io.llmspend.batch.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unknown setting under {@code llmspend.} in {@code --config} stops the run at start-up with
 * exit 4 and its name (issue 16 §4: {@code llmspend.tyme-zone} was ignored silently); every
 * documented form of the known ones is accepted.
 */
class KnownSettingsTest {
  @TempDir Path work;

  @Test
  void aMisspeltSettingStopsTheRunWithItsName() throws Exception {
    Path config = Files.writeString(work.resolve("bad.yml"), """
        spring.datasource.url: jdbc:h2:mem:settings-${random.uuid}
        llmspend:
          tyme-zone: Europe/Berlin
        """);

    assertThat(nightly(config)).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(work.resolve("reports/2026-11-20")).doesNotExist();
  }

  @Test
  void knownSettingsInEveryFormAreAccepted() throws Exception {
    Path config = Files.writeString(work.resolve("good.yml"), """
        spring.datasource.url: jdbc:h2:mem:settings-${random.uuid}
        llmspend:
          timeZone: UTC
          ingest: {max_line_bytes: 8388608, chunk-size: 100}
          detect:
            batch-functions: [nightly-digest]
          pricing:
            deployments:
              "[support-mini-prod]": gpt-4o-mini
          tokenize:
            encodings:
              - encoding: o200k_base
                models: [gpt-4o*, o3*]
          monthly:
            cost-centers: {research: CC-100 Research}
          reports: {mode: "600"}
          privacy.prompt-retention-days: 90
        """);

    assertThat(nightly(config)).isEqualTo(ExitCodes.SUCCESS);
  }

  @Test
  void theTreeOfKnownNames() {
    KnownSettings known = new KnownSettings(java.util.Map.of(
        "llmspend", LlmSpendProperties.class,
        "llmspend.tokenize", io.llmspend.core.tokenize.TokenizeProperties.class));
    assertThat(known.known("llmspend.time-zone")).isTrue();
    assertThat(known.known("llmspend.tokenize.encodings[0].models[2]")).isTrue();
    assertThat(known.known("llmspend.tokenize.encodings[0].modelz")).isFalse();
    assertThat(known.known("llmspend.tokenize.encodings.first")).isFalse();
    assertThat(known.known("llmspend.tyme-zone")).isFalse();
    assertThat(known.known("llmspend.time-zone.x")).isFalse();
  }

  private int nightly(Path config) {
    return LlmSpendCommand.execute("nightly", "--logs", Path.of("src", "test", "resources",
        "fixtures", "priced-calls", "logs").toString(), "--db", work.resolve("s.duckdb")
        .toString(), "--reports", work.resolve("reports").toString(), "--date", "2026-11-20",
        "--config", config.toString());
  }
}

package io.llmspend.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code llmspend.ingest.chunk-size} does nothing since the partitioned ingest: a configuration
 * file that still sets it starts (no unknown-setting refusal) and the run logs one WARN line
 * naming the setting that replaced it; a file without it logs none.
 */
class DeprecatedIngestSettingsTest {
  private static final String WARNING = "WARN  DeprecatedIngestSettings - llmspend.ingest.chunk-size is"
      + " deprecated and ignored: the ingest commits whole partitions, sized by"
      + " llmspend.ingest.partition-bytes; remove the setting";

  @TempDir Path work;

  @Test
  void chunkSizeIsAcceptedWithOneWarning() throws Exception {
    List<String> lines = nightly("ingest: {chunk-size: 100}");

    assertThat(lines.stream().filter(line -> line.contains("chunk-size")))
        .singleElement().satisfies(line -> assertThat(line).endsWith(WARNING));
  }

  @Test
  void withoutChunkSizeNothingIsSaid() throws Exception {
    assertThat(nightly("time-zone: UTC")).noneMatch(line -> line.contains("chunk-size"));
  }

  /** Runs a nightly with {@code setting} under {@code llmspend:}; its standard output lines. */
  private List<String> nightly(String setting) throws Exception {
    Path config = Files.writeString(work.resolve("llmspend.yml"), """
        spring.datasource.url: jdbc:h2:mem:deprecated-${random.uuid}
        llmspend:
          %s
        """.formatted(setting));
    PrintStream out = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      code = LlmSpendCommand.execute("nightly", "--logs", Path.of("src", "test", "resources",
          "fixtures", "priced-calls", "logs").toString(), "--db", work.resolve("s.duckdb")
          .toString(), "--reports", work.resolve("reports").toString(), "--date", "2026-11-20",
          "--config", config.toString());
    } finally {
      System.setOut(out);
    }
    assertThat(code).isEqualTo(ExitCodes.SUCCESS);
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}

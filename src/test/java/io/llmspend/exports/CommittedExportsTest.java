package io.llmspend.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code sample-data/provider-exports/} is what {@code generate-exports} makes of
 * the committed request logs (sample-data/README.md). When the logs are regenerated, run the
 * documented command again.
 */
class CommittedExportsTest {
  private static final Path COMMITTED = Path.of("sample-data", "provider-exports");
  private static final String COMMAND = "llmspend generate-exports --logs sample-data/request-logs"
      + " --out sample-data/provider-exports --seed 20261116";

  @Test
  void theGeneratorStillWritesTheCommittedExports(@TempDir Path out) throws Exception {
    List<String> written = ExportsGenerator.generate(Path.of("sample-data", "request-logs"), out,
        20261116L);
    assertThat(written).as("files; regenerate with: " + COMMAND)
        .containsExactlyInAnyOrderElementsOf(files(COMMITTED));
    for (String file : written) {
      assertThat(Files.readString(out.resolve(file)))
          .as(file + " differs; regenerate with: " + COMMAND)
          .isEqualTo(Files.readString(COMMITTED.resolve(file)));
    }
  }

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
    }
  }
}

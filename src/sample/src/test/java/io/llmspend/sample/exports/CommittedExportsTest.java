package io.llmspend.sample.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.sample.exports.ExportsGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed provider exports are what {@code generate-exports} makes of the committed request
 * logs: {@code sample-data/provider-exports/} of the sample week (sample-data/README.md), and the
 * batch module's reconciliation fixture. When the logs are regenerated, run the command again.
 */
class CommittedExportsTest {
  private static final Path ROOT = Path.of("..", "..");
  private static final Path RECONCILE_FIXTURE =
      ROOT.resolve("src/batch/src/test/resources/fixtures/reconcile");

  @Test
  void theGeneratorStillWritesTheSampleWeeksExports(@TempDir Path out) throws Exception {
    assertRegenerates(ROOT.resolve("sample-data/request-logs"),
        ROOT.resolve("sample-data/provider-exports"), out,
        "java -jar target/llmspend-sample.jar generate-exports --logs sample-data/request-logs"
            + " --out sample-data/provider-exports --seed 20261116");
  }

  @Test
  void theGeneratorStillWritesTheReconciliationFixturesExports(@TempDir Path out)
      throws Exception {
    assertRegenerates(RECONCILE_FIXTURE.resolve("logs"), RECONCILE_FIXTURE.resolve("exports"), out,
        "java -jar target/llmspend-sample.jar generate-exports"
            + " --logs src/batch/src/test/resources/fixtures/reconcile/logs"
            + " --out src/batch/src/test/resources/fixtures/reconcile/exports --seed 20261116");
  }

  private static void assertRegenerates(Path logs, Path committed, Path out, String command)
      throws Exception {
    List<String> written = ExportsGenerator.generate(logs, out, 20261116L);
    assertThat(written).as("files; regenerate with: " + command)
        .containsExactlyInAnyOrderElementsOf(files(committed));
    for (String file : written) {
      assertThat(Files.readString(out.resolve(file)))
          .as(file + " differs; regenerate with: " + command)
          .isEqualTo(Files.readString(committed.resolve(file)));
    }
  }

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
    }
  }
}

package io.llmspend.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed week {@code sample-data/request-logs/} (see {@code sample-data/README.md}): its
 * shape, and that the generator still produces exactly its content with the documented options.
 */
class CommittedSampleTest {
  static final Path COMMITTED = Path.of("../../sample-data/request-logs");
  static final int CALLS = 21_000;
  static final long SEED = 20261116L;
  private static List<byte[]> lines;

  @BeforeAll
  static void read() throws IOException {
    lines = LogLines.read(COMMITTED);
  }

  @Test
  void coversAWeekOfACompany() {
    assertThat(lines.size()).isGreaterThanOrEqualTo(20_000);
    Set<LocalDate> days = new TreeSet<>();
    Set<String> functions = new TreeSet<>();
    Set<String> teams = new TreeSet<>();
    Set<String> users = new TreeSet<>();
    Set<String> models = new TreeSet<>();
    Set<String> providers = new TreeSet<>();
    for (byte[] line : lines) {
      JsonNode n = LogLines.parseValid(line);
      if (n != null) {
        days.add(OffsetDateTime.parse(n.get("timestamp").asText())
            .atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        functions.add(n.get("function").asText());
        teams.add(n.get("team").asText());
        users.add(n.get("user").asText());
        models.add(n.get("model").asText());
        providers.add(n.get("provider").asText());
      }
    }
    assertThat(days).hasSize(7).first().hasToString("2026-11-16");
    assertThat(functions).hasSizeGreaterThanOrEqualTo(6);
    assertThat(teams).hasSizeGreaterThanOrEqualTo(4);
    assertThat(users).hasSizeGreaterThanOrEqualTo(50);
    assertThat(models).hasSizeGreaterThanOrEqualTo(6);
    assertThat(providers).contains("openai", "anthropic", "google");
  }

  @Test
  void staysSmall() throws IOException {
    try (Stream<Path> files = Files.walk(COMMITTED)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      assertThat(bytes).isLessThan(8_000_000L);
    }
  }

  @Test
  void generatorReproducesTheCommittedContent(@TempDir Path dir) throws IOException {
    GenerationSummary summary = new SampleGenerator().generate(SampleOptions.of(CALLS, 7, SEED, dir));
    List<byte[]> fresh = LogLines.read(dir);
    assertThat(fresh).hasSize(lines.size());
    for (int i = 0; i < fresh.size(); i++) {
      assertThat(fresh.get(i)).as("line %d", i).isEqualTo(lines.get(i));
    }
    assertThat(summary.lines()).isEqualTo(lines.size());
  }
}

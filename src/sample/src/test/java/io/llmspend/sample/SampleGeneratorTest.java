package io.llmspend.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates small samples and reads them back as ingest would. */
class SampleGeneratorTest {
  private static final SampleGenerator GENERATOR = new SampleGenerator();
  private static Path smallDir;
  private static GenerationSummary small;
  private static List<byte[]> smallLines;

  @BeforeAll
  static void generateSmall(@TempDir Path dir) throws IOException {
    smallDir = dir.resolve("small");
    small = GENERATOR.generate(new SampleOptions(500, 2, 11L, smallDir,
        SampleOptions.DEFAULT_START, 0.01));
    smallLines = LogLines.read(smallDir);
  }

  @Test
  void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    GENERATOR.generate(SampleOptions.of(300, 2, 7L, dir.resolve("a")));
    GENERATOR.generate(SampleOptions.of(300, 2, 7L, dir.resolve("b")));
    GENERATOR.generate(SampleOptions.of(300, 2, 8L, dir.resolve("c")));
    assertThat(bytesOf(dir.resolve("a"))).isEqualTo(bytesOf(dir.resolve("b")));
    assertThat(bytesOf(dir.resolve("a"))).isNotEqualTo(bytesOf(dir.resolve("c")));
  }

  @Test
  void linesAreCallsPlusDuplicatesPlusMalformed() {
    // 500 calls; rate 0.01 plants max(4, round(500 * 0.01)) = 5 malformed lines;
    // duplicates: max(2, 500 / 2000) = 2.
    assertThat(small.calls()).isEqualTo(500);
    assertThat(small.malformedLines()).isEqualTo(5);
    assertThat(small.count(PlantedKind.DUPLICATE_LINE)).isEqualTo(2);
    assertThat(small.lines()).isEqualTo(507L);
    assertThat(smallLines).hasSize(507);
  }

  @Test
  void everyValidLineHasOffsetTimestampProviderAndModel() {
    int malformed = 0;
    int duplicates = 0;
    Set<String> keys = new HashSet<>();
    Set<String> teams = new TreeSet<>();
    Set<String> functions = new TreeSet<>();
    Set<String> models = new TreeSet<>();
    for (byte[] line : smallLines) {
      JsonNode node = LogLines.parseValid(line);
      if (node == null) {
        malformed++;
        continue;
      }
      OffsetDateTime at = OffsetDateTime.parse(node.get("timestamp").asText());
      assertThat(at.toLocalDate()).isBetween(SampleOptions.DEFAULT_START.minusDays(1),
          SampleOptions.DEFAULT_START.plusDays(2));
      assertThat(node.get("provider").asText()).isNotBlank();
      if (!keys.add(node.get("provider").asText() + ":" + node.get("request_id").asText())) {
        duplicates++;
      }
      teams.add(node.get("team").asText());
      functions.add(node.get("function").asText());
      models.add(node.get("model").asText());
    }
    assertThat(malformed).isEqualTo(small.malformedLines());
    assertThat(duplicates).isEqualTo(small.count(PlantedKind.DUPLICATE_LINE));
    assertThat(keys).hasSize(500);
    assertThat(teams).hasSize(small.teams()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(functions).hasSize(small.functions()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(models).hasSize(small.models()).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void everyMalformedKindIsPlantedOnce() {
    assertThat(small.count(PlantedKind.MALFORMED_JSON)).isEqualTo(2);
    assertThat(small.count(PlantedKind.MALFORMED_NO_MODEL)).isEqualTo(1);
    assertThat(small.count(PlantedKind.MALFORMED_NEGATIVE_TOKENS)).isEqualTo(1);
    assertThat(small.count(PlantedKind.MALFORMED_INVALID_UTF8)).isEqualTo(1);
  }

  @Test
  void filesArePerUtcDayAndSource() {
    assertThat(small.files()).allSatisfy(f -> {
      assertThat(f.getParent().getFileName().toString()).isIn("2026-11-16", "2026-11-17");
      assertThat(f.getFileName().toString()).matches("(app-[a-z]+|gateway)\\.jsonl\\.gz");
    });
  }

  private static List<String> bytesOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().map(f -> dir.relativize(f) + ":"
          + Arrays.hashCode(read(f)) + ":" + read(f).length).toList();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two identical runs of the sample week write the same outputs byte for byte (issue 16 §4: example
 * request ids came out in another order between runs): every CSV file, recommendations.md,
 * every part of the workbook but its creation time (docProps), run-summary.json but the seconds
 * the run took. Each run has its own store; the report and detector SQL orders totally.
 */
class DeterministicOutputsTest {
  private static final String DATE = "2026-11-22";

  @Test
  void twoIdenticalRunsWriteIdenticalOutputs(@TempDir Path first, @TempDir Path second)
      throws Exception {
    Map<String, String> one = run(first);
    Map<String, String> two = run(second);

    assertThat(one).hasSizeGreaterThan(20); // 15+ CSV files, the md, the workbook's parts
    assertThat(two.keySet()).isEqualTo(one.keySet());
    for (String name : one.keySet()) {
      assertThat(two.get(name)).as(name).isEqualTo(one.get(name));
    }
  }

  private static Map<String, String> run(Path work) throws Exception {
    assertThat(NightlyFixtures.runNightly("sample-week", Path.of("..", "..", "sample-data",
            "request-logs"), work, DATE, "--exports",
        Path.of("..", "..", "sample-data", "provider-exports").toString()))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    Map<String, String> outputs = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(work.resolve("reports").resolve(DATE))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx")) {
          parts(file, outputs);
        } else if (name.equals("run-summary.json")) {
          outputs.put(name, Files.readString(file).replaceAll("\"seconds\" : [0-9.]+", ""));
        } else {
          outputs.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return outputs;
  }

  private static void parts(Path workbook, Map<String, String> outputs) throws Exception {
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.getName().startsWith("docProps/")) {
          try (InputStream in = zip.getInputStream(entry)) {
            outputs.put("xlsx:" + entry.getName(),
                new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
  }
}

package io.llmspend.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.ingest.PartitionPlanner.Partition;
import io.llmspend.batch.ingest.RequestLogReader.LogFile;
import io.llmspend.core.requestlog.SourceLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Partitions read exactly what one reader of the whole files reads: the same records with the
 * same file identity and line numbers, in the same order, however the files are cut.
 */
class PartitionPlannerTest {
  @TempDir Path logs;

  @Test
  void aLargeJsonlFileIsCutAtLineEndsIntoRangesThatReadLikeTheWholeFile() throws IOException {
    // 10 lines of 20 bytes each ({"n":N} padded, "\n" included), a blank line after the fifth:
    // 201 bytes
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      text.append(String.format("{\"n\":%d}%12s\n", i, ""));
      if (i == 4) {
        text.append("\n");
      }
    }
    Files.writeString(logs.resolve("a.jsonl"), text);
    Files.writeString(logs.resolve("b.jsonl"), "{\"b\":1}\n");
    List<LogFile> files = LogFiles.find(List.of(logs));

    List<Partition> partitions = new PartitionPlanner(50, 1).plan(files);

    // a.jsonl cut at the first line end 50 bytes or more past the last cut: lines 1-3 (bytes
    // 0-60), 4-7 (the blank line 6 included: 60-121), 8-10 (121-181), 11 (181 to the end);
    // b.jsonl (8 bytes) whole
    assertThat(partitions).extracting(Partition::name)
        .containsExactly("p00000", "p00001", "p00002", "p00003", "p00004");
    assertThat(partitions.get(1).slices()).containsExactly(new LogSlice(0,
        files.get(0).name(), files.get(0).path().toString(), null, 60, 121, 4));
    assertThat(partitions.get(3).slices().get(0).end()).isEqualTo(-1);
    // bytes on disk, which order the partitions for the threads: 60, 121 - 60, 181 - 121,
    // 201 - 181, 8
    assertThat(partitions).extracting(Partition::bytes).containsExactly(60L, 61L, 60L, 20L, 8L);
    assertThat(readByPartitions(partitions)).isEqualTo(readWhole(files));
  }

  @Test
  void smallFilesAreGroupedAndNoPartitionIsEmpty() throws IOException {
    for (String name : List.of("a", "b", "c")) {
      Files.writeString(logs.resolve(name + ".jsonl"), "{\"" + name + "\":1}\n"); // 8 bytes
    }
    List<LogFile> files = LogFiles.find(List.of(logs));

    List<Partition> partitions = new PartitionPlanner(16, 1).plan(files);

    // a + b reach 16 bytes; c alone
    assertThat(partitions).extracting(p -> p.slices().size()).containsExactly(2, 1);
    assertThat(readByPartitions(partitions)).isEqualTo(readWhole(files));
  }

  @Test
  void aFileWithAnOpenTelemetryLineIsNotCut() throws IOException {
    String otlp = "  {\"resourceSpans\":[]}\n";
    Files.writeString(logs.resolve("a.jsonl"), "{\"n\":1}\n".repeat(20) + otlp
        + "{\"n\":2}\n".repeat(20));
    List<LogFile> files = LogFiles.find(List.of(logs));

    assertThat(new PartitionPlanner(50, 1).plan(files)).singleElement()
        .satisfies(p -> assertThat(p.slices()).containsExactly(LogSlice.whole(0, files.get(0))));
  }

  @Test
  void theSlicesOfAPartitionSurviveTheExecutionContextsEncoding() throws IOException {
    Files.writeString(logs.resolve("it's a \"log\".jsonl"), "{\"n\":1}\n".repeat(30));
    List<LogFile> files = LogFiles.find(List.of(logs));
    List<Partition> partitions = new PartitionPlanner(50, 1).plan(files);

    for (Partition p : partitions) {
      assertThat(PartitionFiles.decode(PartitionFiles.encode(p.slices())))
          .isEqualTo(p.slices());
    }
  }

  private static List<String> readByPartitions(List<Partition> partitions) {
    List<String> lines = new ArrayList<>();
    for (Partition partition : partitions) {
      lines.addAll(read(RequestLogReader.ofSlices(partition.slices(), 1000, null)));
    }
    return lines;
  }

  private static List<String> readWhole(List<LogFile> files) {
    return read(new RequestLogReader(files, 1000));
  }

  private static List<String> read(RequestLogReader reader) {
    reader.open(new ExecutionContext());
    List<String> lines = new ArrayList<>();
    for (SourceLine line = reader.read(); line != null; line = reader.read()) {
      lines.add(line.file() + " " + line.fileIdentity() + " " + line.line() + " "
          + new String(line.bytes(), StandardCharsets.UTF_8) + " " + line.problem());
    }
    reader.close();
    return lines;
  }
}

package io.llmspend.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.ingest.RequestLogReader.LogFile;
import io.llmspend.core.requestlog.SourceLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class RequestLogReaderTest {
  @TempDir Path logs;

  private List<SourceLine> readAll(RequestLogReader reader) {
    List<SourceLine> lines = new ArrayList<>();
    for (SourceLine line = reader.read(); line != null; line = reader.read()) {
      lines.add(line);
    }
    return lines;
  }

  private static String text(SourceLine line) {
    return new String(line.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void readsPlainAndGzipFilesInNameOrderSkippingBlankLines() throws IOException {
    Files.writeString(logs.resolve("b.jsonl"), "{\"b\":1}\r\n\n   \n{\"b\":2}");
    Files.write(logs.resolve("a.jsonl.gz"), gzip("{\"a\":1}\n"));
    Files.writeString(logs.resolve("notes.txt"), "ignored");
    RequestLogReader reader = new RequestLogReader(LogFiles.find(List.of(logs)), 1000);
    reader.open(new ExecutionContext());

    List<SourceLine> lines = readAll(reader);

    String folder = logs.getFileName() + "/";
    assertThat(lines).extracting(SourceLine::file, SourceLine::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(folder + "a.jsonl.gz", 1L),
            org.assertj.core.groups.Tuple.tuple(folder + "b.jsonl", 1L),
            org.assertj.core.groups.Tuple.tuple(folder + "b.jsonl", 4L));
    assertThat(lines).extracting(RequestLogReaderTest::text)
        .containsExactly("{\"a\":1}", "{\"b\":1}", "{\"b\":2}");
  }

  @Test
  void aLineOverTheLimitIsReportedNotKept() throws IOException {
    Files.writeString(logs.resolve("a.jsonl"), "x".repeat(11) + "\n{\"ok\":1}\n");
    RequestLogReader reader = new RequestLogReader(LogFiles.find(List.of(logs)), 10);
    reader.open(new ExecutionContext());

    List<SourceLine> lines = readAll(reader);

    assertThat(lines.get(0).problem()).isEqualTo("line longer than 10 bytes");
    assertThat(lines.get(0).bytes()).isEmpty();
    assertThat(text(lines.get(1))).isEqualTo("{\"ok\":1}");
  }

  @Test
  void aTruncatedGzipYieldsOneProblemLineAndReadingGoesOn() throws IOException {
    byte[] whole = gzip("{\"n\":1}\n".repeat(2000));
    Files.write(logs.resolve("a.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(logs.resolve("b.jsonl"), "{\"b\":1}\n");
    RequestLogReader reader = new RequestLogReader(LogFiles.find(List.of(logs)), 1000);
    reader.open(new ExecutionContext());

    List<SourceLine> lines = readAll(reader);

    List<SourceLine> problems = lines.stream().filter(l -> l.problem() != null).toList();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).problem()).startsWith("unreadable from this line on");
    assertThat(lines.get(lines.size() - 1).file()).endsWith("b.jsonl");
  }

  @Test
  void restartsAfterTheLastSavedLine() throws IOException {
    Files.writeString(logs.resolve("a.jsonl"), "1\n2\n3\n");
    Files.writeString(logs.resolve("b.jsonl"), "4\n5\n");
    List<LogFile> files = LogFiles.find(List.of(logs));
    RequestLogReader first = new RequestLogReader(files, 100);
    ExecutionContext context = new ExecutionContext();
    first.open(context);
    first.read();
    first.read();
    first.read();
    first.read(); // "4": first line of b.jsonl
    first.update(context);
    first.close();

    RequestLogReader restarted = new RequestLogReader(files, 100);
    restarted.open(context);

    assertThat(readAll(restarted)).extracting(RequestLogReaderTest::text).containsExactly("5");
  }

  @Test
  void aMissingFolderIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> LogFiles.find(List.of(logs.resolve("missing"))))
        .isInstanceOf(io.llmspend.core.InvalidInputException.class)
        .hasMessageStartingWith("logs folder not found: ");
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}

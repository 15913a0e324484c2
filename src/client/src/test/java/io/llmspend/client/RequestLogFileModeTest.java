package io.llmspend.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.llmspend.client.RequestLogWriterTest.MovableClock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request-log files hold prompt bodies: each one the writer creates, reopens or rolls has
 * exactly the configured permissions, never what the process's umask leaves (often rw-r--r--).
 */
class RequestLogFileModeTest {
  @TempDir Path dir;

  @Test
  void theDaysFileAndItsGzipAreOwnerAndGroupReadByDefault() throws Exception {
    MovableClock clock = new MovableClock("2026-11-10T23:59:59Z");
    try (RequestLogWriter w = RequestLogWriter.start(RequestLogConfig.builder(dir).clock(clock)
        .shutdownHook(false).build())) {
      w.record(JsonNodeFactory.instance.objectNode().put("n", 1));
      assertThat(w.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(mode("llmspend-2026-11-10.jsonl")).isEqualTo("rw-r-----"); // created
      clock.now.set(Instant.parse("2026-11-11T00:00:00Z"));
      w.record(JsonNodeFactory.instance.objectNode().put("n", 2));
      assertThat(w.flush(Duration.ofSeconds(10))).isTrue();
    } // close waits for the gzip of the 10th
    assertThat(RequestLogWriterTest.gunzip(dir.resolve("llmspend-2026-11-10.jsonl.gz")))
        .isEqualTo("{\"n\":1}\n");
    assertThat(mode("llmspend-2026-11-10.jsonl.gz")).isEqualTo("rw-r-----"); // rolled
    assertThat(mode("llmspend-2026-11-11.jsonl")).isEqualTo("rw-r-----"); // created on roll
  }

  @Test
  void filesLeftByAnEarlierProcessGetTheConfiguredMode() throws Exception {
    // the 9th was rolled once (its .gz) and written again (its plain file); the 10th is today
    write("llmspend-2026-11-09.jsonl.gz", null, "rw-rw-rw-");
    write("llmspend-2026-11-09.jsonl", "{\"n\":2}\n", "rw-r--r--");
    write("llmspend-2026-11-10.jsonl", "{\"n\":3}\n", "rw-r--r--");
    try (RequestLogWriter w = RequestLogWriter.start(RequestLogConfig.builder(dir)
        .clock(new MovableClock("2026-11-10T12:00:00Z")).fileMode("rw-------")
        .shutdownHook(false).build())) {
      assertThat(w.metrics().rolled()).isEqualTo(1); // the 9th, joined to its gzip at start
      w.record(JsonNodeFactory.instance.objectNode().put("n", 4));
      assertThat(w.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(RequestLogWriterTest.gunzip(dir.resolve("llmspend-2026-11-09.jsonl.gz")))
        .isEqualTo("{\"n\":1}\n{\"n\":2}\n");
    assertThat(mode("llmspend-2026-11-09.jsonl.gz")).isEqualTo("rw-------");
    assertThat(mode("llmspend-2026-11-10.jsonl")).isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve("llmspend-2026-11-10.jsonl")))
        .isEqualTo("{\"n\":3}\n{\"n\":4}\n");
  }

  @Test
  void aModeTheWriterCannotUseIsRefused() {
    assertThatThrownBy(() -> RequestLogConfig.builder(dir).fileMode("r--r-----").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file mode must let the owner read and write (the writer appends and"
            + " gzips): r--r-----");
    assertThatThrownBy(() -> RequestLogConfig.builder(dir).fileMode("640"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RequestLogConfig.builder(dir).build().fileMode())
        .isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
  }

  private String mode(String file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file)));
  }

  /** A file with {@code text} (a gzip of {"n":1} when null) and the mode {@code mode}. */
  private void write(String file, String text, String mode) throws IOException {
    Path path = dir.resolve(file);
    if (text == null) {
      try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(path))) {
        gz.write("{\"n\":1}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(path, text);
    }
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
  }
}

package io.llmspend.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Test helper: reads generated logs back as raw lines and classifies them like ingest would. */
final class LogLines {
  static final ObjectMapper JSON = new ObjectMapper();

  private LogLines() {}

  /** Every line of every .jsonl.gz file under dir, files in path order. */
  static List<byte[]> read(Path dir) throws IOException {
    List<byte[]> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
        split(gunzip(file), lines);
      }
    }
    return lines;
  }

  static byte[] gunzip(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record, or null when ingest must quarantine the line. */
  static JsonNode parseValid(byte[] line) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
    if (!node.hasNonNull("model") || !node.hasNonNull("provider") || !node.hasNonNull("timestamp")
        || hasNegative(node.path("response"))) {
      return null;
    }
    return node;
  }

  private static boolean hasNegative(JsonNode node) {
    if (node.isNumber()) {
      return node.asLong() < 0;
    }
    for (JsonNode child : node) {
      if (hasNegative(child)) {
        return true;
      }
    }
    return false;
  }

  private static void split(byte[] bytes, List<byte[]> lines) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (byte b : bytes) {
      if (b == '\n') {
        lines.add(line.toByteArray());
        line.reset();
      } else {
        line.write(b);
      }
    }
    if (line.size() > 0) {
      lines.add(line.toByteArray());
    }
  }
}

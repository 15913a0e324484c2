package io.llmspend.batch.exports;

import io.llmspend.core.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One export file, read whole (export pages are small: at most 31 daily buckets).
 *
 * @param path the file
 * @param name the path relative to the exports folder, with {@code /}
 * @param provider the name of its first folder under the exports folder
 * @param bytes the content
 * @param fingerprint SHA-256 of the bytes, lower-case hex
 */
record ExportFile(Path path, String name, String provider, byte[] bytes, String fingerprint) {

  ExportFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** Reads {@code file} under {@code root}. */
  static ExportFile read(Path root, Path file) throws IOException {
    Path relative = root.relativize(file);
    byte[] bytes = Files.readAllBytes(file);
    return new ExportFile(file, relative.toString().replace('\\', '/'),
        relative.getName(0).toString(), bytes, Hashes.sha256Hex(bytes));
  }

}

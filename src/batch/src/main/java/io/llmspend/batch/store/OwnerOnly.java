package io.llmspend.batch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner can read: the DuckDB store (it holds prompt texts), its lock and the
 * reports are created with POSIX permissions 600 (files) and 700 (folders). On a file system
 * without POSIX permissions (Windows) nothing is changed.
 */
public final class OwnerOnly {
  private OwnerOnly() {}

  /**
   * Creates {@code dir} and its missing parents with permissions 700 (existing folders are left
   * as they are).
   *
   * @return {@code dir}
   */
  public static Path directories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      return absolute;
    }
    if (absolute.getParent() != null) {
      directories(absolute.getParent());
    }
    Files.createDirectories(absolute);
    set(absolute, "rwx------");
    return absolute;
  }

  /** Sets {@code file}'s permissions to 600. */
  public static void file(Path file) throws IOException {
    set(file, "rw-------");
  }

  private static void set(Path path, String permissions) throws IOException {
    if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }
  }
}

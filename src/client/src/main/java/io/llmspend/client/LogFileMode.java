package io.llmspend.client;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Gives each request-log file the configured POSIX permissions ({@link
 * RequestLogConfig#fileMode()}): the files hold prompt bodies, so they must not be as open as the
 * process's umask may leave them. A file is created with the mode (the umask can only narrow it,
 * so it is never wider, not even for an instant), then set to exactly the mode. On a file system
 * without POSIX permissions nothing is set and one warning says so. Thread-safe (immutable): the
 * writer thread and the gzip threads use it.
 */
final class LogFileMode {
  private final Set<PosixFilePermission> permissions;
  private final boolean posix;

  /** Checks once whether {@code directory} (existing) has POSIX permissions; warns if not. */
  LogFileMode(Path directory, Set<PosixFilePermission> permissions) throws IOException {
    this.permissions = Set.copyOf(permissions);
    this.posix = Files.getFileStore(directory)
        .supportsFileAttributeView(PosixFileAttributeView.class);
    if (!posix) {
      System.getLogger(RequestLogWriter.class.getName()).log(System.Logger.Level.WARNING,
          "llmspend request log: " + directory + " has no POSIX permissions; the files keep the"
          + " file system's own access rules (file mode " + PosixFilePermissions.toString(
              this.permissions) + " not applied)");
    }
  }

  /** Creates {@code file} when missing and gives it exactly the mode (an existing one too). */
  void apply(Path file) throws IOException {
    if (!posix) {
      return;
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(permissions));
    } catch (FileAlreadyExistsException e) {
      // kept: a file of today left by an earlier process, or the gzip being joined
    }
    Files.setPosixFilePermissions(file, permissions);
  }
}

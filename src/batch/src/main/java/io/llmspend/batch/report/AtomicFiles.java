package io.llmspend.batch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file only once its new content is complete: a reader sees the old file or the new
 * one, never half of one, and a failed write leaves the old file in place.
 */
public final class AtomicFiles {

  /** Writes the whole content of a file. */
  @FunctionalInterface
  public interface Content<E extends Exception> {
    void writeTo(Path file) throws IOException, E;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code content} to a temporary file beside {@code target} (same folder, so the move is
   * a rename), then moves it onto {@code target}. The temporary file is deleted on failure.
   *
   * @throws UncheckedIOException when the file cannot be written or moved
   * @throws E what {@code content} throws besides {@link IOException}
   */
  public static <E extends Exception> void replace(Path target, Content<E> content) throws E {
    Path temp = null;
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      content.writeTo(temp);
      move(temp, target);
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write already failed and that failure is being thrown; a leftover .tmp is harmless.
    }
  }
}

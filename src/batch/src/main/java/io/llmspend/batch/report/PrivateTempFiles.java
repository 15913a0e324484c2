package io.llmspend.batch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * A temporary folder of the run's own for POI's temporary files (SXSSF streams sheets through
 * them). POI's default is a shared {@code poifiles} folder in the system temporary folder: one
 * of that name owned by another user, or not a folder, fails every workbook; and its files would
 * be readable where that folder is. The folder is created owner-only ({@code rwx------}) by
 * {@link Files#createTempDirectory} and deleted with its content by {@link #close}.
 *
 * <p>POI's strategy is process-wide: one run at a time in a process (as {@code BatchRun} runs).
 */
public final class PrivateTempFiles implements AutoCloseable {
  private final Path folder;

  private PrivateTempFiles(Path folder) {
    this.folder = folder;
  }

  /** Creates the folder and points POI at it. */
  public static PrivateTempFiles install() throws IOException {
    Path folder = Files.createTempDirectory("llmspend-");
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
    return new PrivateTempFiles(folder);
  }

  /** The folder. */
  public Path folder() {
    return folder;
  }

  /** Deletes the folder and what is left in it. */
  @Override
  public void close() throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

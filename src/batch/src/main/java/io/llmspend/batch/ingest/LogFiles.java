package io.llmspend.batch.ingest;

import io.llmspend.batch.ingest.RequestLogReader.LogFile;
import io.llmspend.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the request-log files to read. */
final class LogFiles {
  private static final Logger log = LoggerFactory.getLogger(LogFiles.class);

  private LogFiles() {}

  /**
   * Every regular file ending {@code .jsonl}, {@code .jsonl.gz}, {@code .json} (an array of
   * records) or {@code .csv} (one record a row) under each folder, recursively and through
   * symbolic links, ordered by name. A file's name is its folder's own name, a slash, and its path
   * below the folder ({@code request-logs/2026-11-16.jsonl.gz}), so it does not depend on where
   * the folder lives. A subfolder that cannot be listed (no permission, a symbolic link loop) is
   * not an error of the run: it is returned as an entry with a {@link LogFile#problem}, which the
   * reader reports as one quarantined line (Data quality names it), and the rest is read.
   *
   * @param folders the logs folders
   * @return the files; empty when the folders hold none
   * @throws InvalidInputException if a folder does not exist or is not a directory
   * @throws UncheckedIOException if a folder itself cannot be listed
   */
  static List<LogFile> find(List<Path> folders) {
    List<LogFile> files = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new InvalidInputException("logs folder not found: " + folder);
      }
      Path root = folder.toAbsolutePath().normalize();
      String prefix = root.getFileName() == null ? "" : root.getFileName() + "/";
      try {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
            new Finder(root, prefix, files));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
    }
    files.sort(Comparator.comparing(LogFile::name));
    return files;
  }

  /** Why a folder of a run's plan cannot be read, as {@link #find} said it. */
  static String folderProblem(IOException e) {
    String why = e instanceof FileSystemLoopException ? "symbolic link loop"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    return "unreadable folder (" + why + "); folder skipped";
  }

  /** Collects the readable files and the folders that cannot be listed. */
  private static final class Finder extends SimpleFileVisitor<Path> {
    private final Path root;
    private final String prefix;
    private final List<LogFile> files;

    Finder(Path root, String prefix, List<LogFile> files) {
      this.root = root;
      this.prefix = prefix;
      this.files = files;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (attributes.isRegularFile() && RecordSources.readable(file.toString())) {
        files.add(new LogFile(file, name(file)));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (file.equals(root)) {
        throw e;
      }
      files.add(new LogFile(file, name(file), folderProblem(e)));
      log.warn("{}: {}", name(file), folderProblem(e));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
      if (e != null) {
        return visitFileFailed(dir, e);
      }
      return FileVisitResult.CONTINUE;
    }

    private String name(Path file) {
      return prefix + root.relativize(file).toString().replace('\\', '/');
    }
  }
}

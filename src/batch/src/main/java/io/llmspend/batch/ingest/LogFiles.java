package io.llmspend.batch.ingest;

import io.llmspend.batch.ingest.RequestLogReader.LogFile;
import io.llmspend.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the request-log files to read. */
final class LogFiles {
  private LogFiles() {}

  /**
   * Every regular file ending {@code .jsonl}, {@code .jsonl.gz}, {@code .json} (an array of
   * records) or {@code .csv} (one record a row) under each folder, recursively
   * and through symbolic links, ordered by name. A file's name is its folder's own name, a slash, and its path below the
   * folder ({@code request-logs/2026-11-16.jsonl.gz}), so it does not depend on where the folder
   * lives.
   *
   * @param folders the logs folders
   * @return the files; empty when the folders hold none
   * @throws InvalidInputException if a folder does not exist or is not a directory
   * @throws UncheckedIOException if a folder cannot be listed
   */
  static List<LogFile> find(List<Path> folders) {
    List<LogFile> files = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new InvalidInputException("logs folder not found: " + folder);
      }
      Path root = folder.toAbsolutePath().normalize();
      String prefix = root.getFileName() == null ? "" : root.getFileName() + "/";
      try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> RecordSources.readable(p.toString()))
            .forEach(p -> files.add(new LogFile(p,
                prefix + root.relativize(p).toString().replace('\\', '/'))));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
    }
    files.sort(Comparator.comparing(LogFile::name));
    return files;
  }
}

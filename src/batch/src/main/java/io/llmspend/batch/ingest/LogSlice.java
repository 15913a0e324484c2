package io.llmspend.batch.ingest;

import io.llmspend.batch.ingest.RequestLogReader.LogFile;
import java.nio.file.Path;

/**
 * A part of one log file a partition reads: the bytes {@code [start, end)} of the file, whose
 * first line is line {@code firstLine}. A whole file is {@code start = 0, end = -1, firstLine =
 * 1}; only plain {@code .jsonl} files are ever cut, at line boundaries ({@link PartitionPlanner}).
 *
 * @param fileIndex the file's place in the run's file plan ({@code run_files.file_index}): of
 *     two calls with the same key, the one of the lower index (then line) is loaded
 * @param name the file's name relative to its logs folder (the rows' {@code source_file})
 * @param path where to open it
 * @param problem why it cannot be read (a folder that could not be listed), or {@code null}
 * @param start the first byte read
 * @param end the byte after the last one read, {@code -1} for the end of the file
 * @param firstLine the line number of the line that starts at {@code start}
 */
record LogSlice(int fileIndex, String name, String path, String problem, long start, long end,
    long firstLine) {
  LogSlice {
    if (fileIndex < 0 || start < 0 || end < -1 || (end >= 0 && end <= start) || firstLine < 1) {
      throw new IllegalArgumentException("not a slice of a file: " + name + " " + start + ".."
          + end + " from line " + firstLine);
    }
  }

  /** The whole of {@code file}. */
  static LogSlice whole(int fileIndex, LogFile file) {
    return new LogSlice(fileIndex, file.name(), file.path().toString(), file.problem(), 0, -1, 1);
  }

  LogFile file() {
    return new LogFile(Path.of(path), name, problem);
  }

  boolean wholeFile() {
    return start == 0 && end == -1;
  }
}

package io.llmspend.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the lines of every request-log file, one {@link SourceLine} per non-blank line, file by
 * file in path order. Restartable: the current file and line are saved in the step's execution
 * context, so a restarted step goes on after the last committed chunk. Not thread-safe (the step
 * reads from one thread).
 */
class RequestLogReader implements ItemStreamReader<SourceLine> {
  static final String NAME = "requestLogReader";
  private static final String FILE_KEY = NAME + ".file.index";
  private static final String LINE_KEY = NAME + ".line";

  private final List<LogFile> files;
  private final int maxLineBytes;
  private int fileIndex;
  private long lineNumber;
  private RecordSource lines;
  private InputStream open;

  /**
   * @param files the files to read, in order (see {@link LogFiles#find})
   * @param maxLineBytes the longest line kept, in bytes; longer lines are read as too long
   */
  RequestLogReader(List<LogFile> files, int maxLineBytes) {
    this.files = List.copyOf(files);
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public void open(ExecutionContext context) {
    fileIndex = context.getInt(FILE_KEY, 0);
    long skip = context.getLong(LINE_KEY, 0);
    if (fileIndex < files.size()) {
      openFile();
      try {
        while (lineNumber < skip && lines.next() != null) {
          lineNumber++;
        }
      } catch (IOException e) {
        throw new ItemStreamException("cannot read " + files.get(fileIndex).name(), e);
      }
    }
  }

  /**
   * @return the next non-blank line, or {@code null} after the last file. A file that cannot be
   *     read to its end (a truncated gzip, say) yields one line with a problem for the rest of it,
   *     and reading goes on with the next file.
   */
  @Override
  public SourceLine read() {
    while (fileIndex < files.size()) {
      String name = files.get(fileIndex).name();
      LineSplitter.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        nextFile();
        return new SourceLine(name, lineNumber + 1, new byte[0],
            "unreadable from this line on (" + e.getMessage() + "); rest of file skipped");
      }
      if (line == null) {
        nextFile();
        continue;
      }
      lineNumber++;
      if (!line.isBlank()) {
        return new SourceLine(name, lineNumber, line.bytes(),
            line.tooLong() ? "line longer than " + maxLineBytes + " bytes" : null);
      }
    }
    return null;
  }

  @Override
  public void update(ExecutionContext context) {
    context.putInt(FILE_KEY, fileIndex);
    context.putLong(LINE_KEY, lineNumber);
  }

  @Override
  public void close() {
    closeFile();
  }

  private void nextFile() {
    closeFile();
    fileIndex++;
    if (fileIndex < files.size()) {
      openFile();
    }
  }

  private void openFile() {
    LogFile file = files.get(fileIndex);
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16);
      open = file.gzipped() ? new GZIPInputStream(in, 1 << 16) : in;
    } catch (IOException e) {
      throw new ItemStreamException("cannot open " + file.path(), e);
    }
    try {
      lines = RecordSources.open(file.name(), open, maxLineBytes);
    } catch (IOException e) {
      throw new ItemStreamException("cannot read " + file.path(), e);
    }
    lineNumber = 0;
  }

  private void closeFile() {
    try {
      if (open != null) {
        open.close();
      }
    } catch (IOException e) {
      // a stream that fails to close after being read (a truncated gzip) has nothing left to give
    } finally {
      open = null;
    }
  }

  /** Paths to read, with their names relative to their logs folder. */
  record LogFile(Path path, String name) {
    boolean gzipped() {
      return name.endsWith(".gz");
    }
  }
}

package io.llmspend.batch.ingest;

import io.llmspend.core.Hashes;
import io.llmspend.core.requestlog.SourceLine;
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
  private String openProblem;
  private String firstRecordIdentity;

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
      if (openProblem != null) {
        return;
      }
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
      if (openProblem != null) {
        SourceLine problem = new SourceLine(name, "unread", 1, new byte[0], openProblem);
        nextFile();
        return problem;
      }
      LineSplitter.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        SourceLine problem = new SourceLine(name, identity(), lineNumber + 1, new byte[0],
            "unreadable from this line on (" + e.getMessage() + "); rest of file skipped");
        nextFile();
        return problem;
      }
      if (line == null) {
        nextFile();
        continue;
      }
      lineNumber++;
      if (!line.isBlank()) {
        if (lineNumber == 1 || firstRecordIdentity == null) {
          firstRecordIdentity = Hashes.sha256Hex(line.bytes()).substring(0, 32);
        }
        return new SourceLine(name, identity(), lineNumber, withoutBom(line.bytes()),
            line.tooLong() ? "line longer than " + maxLineBytes + " bytes" : null);
      }
    }
    return null;
  }

  /** A UTF-8 byte-order mark at the start of a file is not part of the first record. */
  private byte[] withoutBom(byte[] bytes) {
    boolean bom = lineNumber == 1 && bytes.length >= 3 && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  private String identity() {
    if (lines != null && lines.identity() != null) {
      return lines.identity();
    }
    return firstRecordIdentity == null ? "unread" : firstRecordIdentity;
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

  /**
   * Opens the current file. A file that cannot be opened (gone since it was listed, not gzip
   * though named so, empty gzip) is not an error of the step: {@link #read} reports it as one
   * problem line and goes on.
   */
  private void openFile() {
    LogFile file = files.get(fileIndex);
    openProblem = file.problem();
    firstRecordIdentity = null;
    lineNumber = 0;
    if (openProblem != null) {
      return;
    }
    InputStream in = null;
    try {
      in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16);
      open = file.gzipped() ? new GZIPInputStream(in, 1 << 16) : in;
      lines = RecordSources.open(file.name(), open, maxLineBytes);
    } catch (IOException e) {
      open = in;
      openProblem = "unreadable file (" + e + "); file skipped";
    }
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

  /**
   * A path to read, with its name relative to its logs folder.
   *
   * @param problem why it cannot be read (a folder that cannot be listed, {@link
   *     LogFiles#find}), or {@code null}
   */
  record LogFile(Path path, String name, String problem) {
    LogFile(Path path, String name) {
      this(path, name, null);
    }

    boolean gzipped() {
      return name.endsWith(".gz");
    }
  }
}

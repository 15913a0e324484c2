package io.llmspend.batch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.Hashes;
import io.llmspend.core.gateway.GatewayRecords;
import io.llmspend.core.requestlog.SourceLine;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the lines of every request-log file, one {@link SourceLine} per non-blank line, file by
 * file in path order. A CSV or JSON file (an export of another tool; a JSONL request log's bad
 * first line is quarantined like any other) whose first record is of no format llmspend reads
 * is reported once,
 * as one line with the problem {@value #NOT_RECOGNIZED}, and skipped. A batch results file with a
 * sidecar {@code <name>.batch.json} gives each record the batch's time ({@link #sidecarTime}). Restartable: the current file and line are saved in the step's execution
 * context, so a restarted step goes on after the last committed chunk. Not thread-safe (the step
 * reads from one thread).
 */
class RequestLogReader implements ItemStreamReader<SourceLine> {
  static final String NAME = "requestLogReader";
  private static final String FILE_KEY = NAME + ".file.index";
  private static final String LINE_KEY = NAME + ".line";

  /** The reason of a file whose first record is of no format llmspend reads. */
  static final String NOT_RECOGNIZED = "file format not recognized (its first record has no"
      + " timestamp, provider or model and is no known export); file skipped";
  /** The field a batch sidecar's time is given to each record under. */
  static final String BATCH_TIME_FIELD = "batch_ended_at";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<LogSlice> files;
  private final int maxLineBytes;
  private final GatewayRecords gateway;
  private boolean formatChecked;
  private byte[] batchTime;
  private int fileIndex;
  private long lineNumber;
  private RecordSource lines;
  private InputStream open;
  private String openProblem;
  private String firstRecordIdentity;
  /** The identity of the file of a slice that does not start at its first line, else null. */
  private String sliceIdentity;

  /**
   * @param files the files to read, in order (see {@link LogFiles#find})
   * @param maxLineBytes the longest line kept, in bytes; longer lines are read as too long
   */
  RequestLogReader(List<LogFile> files, int maxLineBytes) {
    this(files, maxLineBytes, null);
  }

  /**
   * @param gateway decides whether a file's first record is of a format llmspend reads; {@code
   *     null}: every file is read line by line
   */
  RequestLogReader(List<LogFile> files, int maxLineBytes, GatewayRecords gateway) {
    this(java.util.stream.IntStream.range(0, files.size())
        .mapToObj(i -> LogSlice.whole(i, files.get(i))).toArray(LogSlice[]::new), maxLineBytes,
        gateway);
  }

  private RequestLogReader(LogSlice[] slices, int maxLineBytes, GatewayRecords gateway) {
    this.files = List.of(slices);
    this.maxLineBytes = maxLineBytes;
    this.gateway = gateway;
  }

  /**
   * A reader of parts of files (a partition's, {@link PartitionPlanner}): each slice's lines are
   * numbered from its first line, and its records carry its file's identity, as if the whole file
   * had been read.
   */
  static RequestLogReader ofSlices(List<LogSlice> slices, int maxLineBytes,
      GatewayRecords gateway) {
    return new RequestLogReader(slices.toArray(LogSlice[]::new), maxLineBytes, gateway);
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
      formatChecked = skip > 0;
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
        byte[] bytes = withoutBom(line.bytes());
        if (!formatChecked && gateway != null && (name.endsWith(".csv") || name.endsWith(".json"))) {
          formatChecked = true;
          if (!line.tooLong() && !recognized(name, bytes)) {
            SourceLine problem = new SourceLine(name, identity(), lineNumber, new byte[0],
                NOT_RECOGNIZED);
            nextFile();
            return problem;
          }
        }
        return new SourceLine(name, identity(), lineNumber, withBatchTime(bytes),
            line.tooLong() ? "line longer than " + maxLineBytes + " bytes" : null);
      }
    }
    return null;
  }

  /**
   * Whether a file's first record is of a format llmspend reads ({@link
   * GatewayRecords#recognizes}); a record that is not a JSON object is left to the parser, which
   * quarantines it with its own reason.
   */
  private boolean recognized(String name, byte[] bytes) {
    try {
      JsonNode node = JSON.readTree(bytes);
      return node == null || !node.isObject() || gateway.recognizes(name, node);
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /**
   * A record of a batch results file with a sidecar ({@link #sidecarTime}) gets the batch's time
   * as its first field {@value #BATCH_TIME_FIELD}.
   */
  private byte[] withBatchTime(byte[] bytes) {
    if (batchTime == null || bytes.length == 0 || bytes[0] != '{') {
      return bytes;
    }
    int next = 1;
    while (next < bytes.length && Character.isWhitespace(bytes[next])) {
      next++;
    }
    boolean empty = next < bytes.length && bytes[next] == '}';
    byte[] field = ("{\"" + BATCH_TIME_FIELD + "\":" + new String(batchTime,
        StandardCharsets.UTF_8) + (empty ? "" : ",")).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[field.length + bytes.length - 1];
    System.arraycopy(field, 0, out, 0, field.length);
    System.arraycopy(bytes, 1, out, field.length, bytes.length - 1);
    return out;
  }

  /**
   * The time of a batch results file from its sidecar {@code <name>.batch.json} (the provider's
   * batch object, e.g. an Anthropic Message Batch: {@code ended_at}, else {@code created_at}), as
   * a JSON string; {@code null} without a sidecar or a time in it.
   */
  static byte[] sidecarTime(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.jsonl(\\.gz)?$|\\.json$", "");
    Path sidecar = file.resolveSibling(name + ".batch.json");
    if (!Files.isRegularFile(sidecar)) {
      return null;
    }
    try {
      JsonNode batch = JSON.readTree(sidecar.toFile());
      JsonNode time = batch.path("ended_at").isTextual() ? batch.get("ended_at")
          : batch.path("created_at");
      return time.isTextual() ? JSON.writeValueAsBytes(time) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** A UTF-8 byte-order mark at the start of a file is not part of the first record. */
  private byte[] withoutBom(byte[] bytes) {
    boolean bom = lineNumber == 1 && bytes.length >= 3 && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  private String identity() {
    if (sliceIdentity != null) {
      return sliceIdentity;
    }
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
    LogSlice slice = files.get(fileIndex);
    LogFile file = slice.file();
    openProblem = file.problem();
    firstRecordIdentity = null;
    sliceIdentity = null;
    lineNumber = slice.firstLine() - 1;
    formatChecked = false;
    batchTime = file.problem() == null ? sidecarTime(file.path()) : null;
    if (openProblem != null) {
      return;
    }
    InputStream in = null;
    try {
      if (!slice.wholeFile()) {
        sliceIdentity = fileIdentity(file.path());
      }
      in = new BufferedInputStream(SliceStreams.open(file.path(), slice.start(), slice.end()),
          1 << 16);
      open = file.gzipped() ? new GZIPInputStream(in, 1 << 16) : in;
      lines = RecordSources.open(file.name(), open, maxLineBytes);
    } catch (IOException e) {
      open = in;
      openProblem = "unreadable file (" + e + "); file skipped";
    }
  }

  /** The identity of a file as {@link LineSplitter#identity()} gives it: its first line's. */
  private String fileIdentity(Path path) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      LineSplitter first = new LineSplitter(in, maxLineBytes);
      first.next();
      return first.identity();
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

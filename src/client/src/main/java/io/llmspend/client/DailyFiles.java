package io.llmspend.client;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The daily files of a request log: {@code <prefix><day>.jsonl} for the day being written; when
 * the day changes the file is closed and gzipped to {@code <prefix><day>.jsonl.gz} (written to a
 * temporary name, then renamed, then the plain file deleted: a reader never sees a partial
 * {@code .gz}). A plain file of an earlier day left by a process that died is gzipped at start.
 * Every file it writes gets the configured permissions ({@link LogFileMode}).
 * Not thread-safe: the writer thread alone uses it.
 */
final class DailyFiles implements AutoCloseable {
  private final Path directory;
  private final String prefix;
  private final List<Thread> compressing = new ArrayList<>();
  private final Runnable onRolled;
  private final LogFileMode mode;
  private LocalDate day;
  private OutputStream out;

  /**
   * @param fileMode the permissions of every file written
   * @param onRolled called (on a gzip thread) after each file is gzipped
   */
  DailyFiles(Path directory, String prefix, Set<PosixFilePermission> fileMode, LocalDate today,
      Runnable onRolled) throws IOException {
    this.directory = directory;
    this.prefix = prefix;
    this.onRolled = onRolled;
    Files.createDirectories(directory);
    this.mode = new LogFileMode(directory, fileMode);
    for (LocalDate earlier : plainDaysBefore(today)) {
      gzip(earlier);
    }
  }

  /** Appends a line (without its newline) to the file of {@code today}, rolling first if due. */
  void write(LocalDate today, byte[] line) throws IOException {
    if (!today.equals(day)) {
      roll(today);
    }
    out.write(line);
    out.write('\n');
  }

  void flush() throws IOException {
    if (out != null) {
      out.flush();
    }
  }

  /** Closes and gzips the open file when its day is before {@code today}. */
  void rollIfBefore(LocalDate today) throws IOException {
    if (day != null && day.isBefore(today)) {
      roll(null);
    }
  }

  /** The file of a day, plain while it is written. */
  Path plain(LocalDate d) {
    return directory.resolve(prefix + d + ".jsonl");
  }

  Path gzipped(LocalDate d) {
    return directory.resolve(prefix + d + ".jsonl.gz");
  }

  private void roll(LocalDate next) throws IOException {
    if (out != null) {
      out.close();
      out = null;
      LocalDate done = day;
      Thread t = new Thread(() -> gzip(done), "llmspend-request-log-gzip");
      t.setDaemon(true);
      compressing.add(t);
      t.start();
    }
    day = next;
    if (next != null) {
      Path file = plain(next);
      endPartialLine(file);
      mode.apply(file);
      out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND), 64 * 1024);
    }
  }

  /** A process that died mid-line left a partial line: end it, so the next line stands alone. */
  private static void endPartialLine(Path file) throws IOException {
    if (!Files.exists(file) || Files.size(file) == 0) {
      return;
    }
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(f.length() - 1);
      if (f.read() != '\n') {
        f.seek(f.length());
        f.write('\n');
      }
    }
  }

  private void gzip(LocalDate d) {
    Path source = plain(d);
    Path target = gzipped(d);
    Path temporary = directory.resolve("." + target.getFileName() + ".tmp");
    try {
      mode.apply(temporary);
      try (InputStream in = Files.newInputStream(source);
          OutputStream gz = new GZIPOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
        in.transferTo(gz);
      }
      if (Files.exists(target)) {
        appendGzip(temporary, target); // the day was rolled before: keep both parts
      } else {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.delete(source);
      onRolled.run();
    } catch (IOException e) {
      System.getLogger(RequestLogWriter.class.getName()).log(System.Logger.Level.ERROR,
          "llmspend request log: cannot gzip " + source + " (it stays plain; the nightly job"
          + " reads it as it is): " + e);
    }
  }

  /** Concatenated gzip members are one valid gzip file. */
  private void appendGzip(Path part, Path target) throws IOException {
    Path joined = target.resolveSibling("." + target.getFileName() + ".join");
    Files.deleteIfExists(joined);
    mode.apply(joined);
    try (OutputStream o = Files.newOutputStream(joined, StandardOpenOption.APPEND)) {
      Files.copy(target, o);
      Files.copy(part, o);
    }
    Files.move(joined, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Files.delete(part);
  }

  private List<LocalDate> plainDaysBefore(LocalDate today) throws IOException {
    List<LocalDate> days = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*.jsonl")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String date = name.substring(prefix.length(), name.length() - ".jsonl".length());
        try {
          LocalDate d = LocalDate.parse(date);
          if (d.isBefore(today)) {
            days.add(d);
          }
        } catch (java.time.format.DateTimeParseException e) {
          // not one of ours
        }
      }
    }
    return days;
  }

  /** Flushes and closes the open file (it stays plain: its day is not over), waits for gzips. */
  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
      day = null;
    }
    for (Thread t : compressing) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}

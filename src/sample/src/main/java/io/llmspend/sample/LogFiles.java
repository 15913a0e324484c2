package io.llmspend.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Writes gzip JSONL files {@code DIR/<yyyy-mm-dd>/<source>.jsonl.gz}, one per UTC day and log
 * source. Days must come in order: moving to a new day closes the previous day's files. Existing
 * files of the same name are overwritten. The gzip header carries no time stamp, so equal input
 * gives equal bytes. Compression runs on a small thread pool ({@link GzipSink}); the caller must be
 * one thread.
 */
final class LogFiles implements AutoCloseable {
  private final Path dir;
  private final ExecutorService pool = Executors.newFixedThreadPool(
      Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), r -> {
        Thread thread = new Thread(r, "sample-gzip");
        thread.setDaemon(true);
        return thread;
      });
  private final Semaphore inFlight = new Semaphore(32);
  private final Map<String, GzipSink> open = new TreeMap<>();
  private final List<Path> written = new ArrayList<>();
  private LocalDate day;
  private long lines;

  LogFiles(Path dir) {
    this.dir = dir;
  }

  /** Appends one line (without its newline) to the file of this day and source. */
  void write(LocalDate lineDay, String source, byte[] line) throws IOException {
    if (!lineDay.equals(day)) {
      if (day != null && lineDay.isBefore(day)) {
        throw new IllegalStateException("days out of order: " + lineDay + " after " + day);
      }
      closeAll();
      day = lineDay;
    }
    GzipSink out = open.get(source);
    if (out == null) {
      Path file = dir.resolve(day.toString()).resolve(source + ".jsonl.gz");
      Files.createDirectories(file.getParent());
      out = new GzipSink(file, pool, inFlight);
      open.put(source, out);
      written.add(file);
    }
    out.write(line);
    lines++;
  }

  /** Lines written so far. */
  long lines() {
    return lines;
  }

  /** Files written, in creation order. */
  List<Path> files() {
    return List.copyOf(written);
  }

  @Override
  public void close() throws IOException {
    try {
      closeAll();
    } finally {
      pool.shutdown();
    }
  }

  private void closeAll() throws IOException {
    try {
      for (GzipSink out : open.values()) {
        out.close();
      }
    } finally {
      open.clear();
    }
  }
}

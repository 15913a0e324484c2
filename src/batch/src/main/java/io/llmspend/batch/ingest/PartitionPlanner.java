package io.llmspend.batch.ingest;

import io.llmspend.batch.ingest.RequestLogReader.LogFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run's files into partitions of about a target size on disk each (the run's bytes over
 * {@value #PER_THREAD} partitions per thread, at least {@value #MIN_BYTES} bytes, at most the
 * configured size), so the threads finish together: consecutive files
 * are grouped until a group reaches the target, and a plain {@code .jsonl} file larger than the
 * target is cut at line boundaries into ranges of about the target, each its own partition. A
 * file with an OpenTelemetry line is never cut (one OTLP line is read as several records, which
 * numbers the records after it). Not thread-safe.
 */
final class PartitionPlanner {
  static final int PER_THREAD = 8;
  static final long MIN_BYTES = 4L << 20;
  private final long maxBytes;
  private final int threads;
  private long targetBytes;

  /**
   * @param maxBytes the most bytes on disk a partition aims at (at least 1); below {@value
   *     #MIN_BYTES}, every partition aims at it
   * @param threads the threads (or workers) that run partitions
   */
  PartitionPlanner(long maxBytes, int threads) {
    if (maxBytes < 1 || threads < 1) {
      throw new IllegalArgumentException("partition size and threads must be positive");
    }
    this.maxBytes = maxBytes;
    this.threads = threads;
  }

  /**
   * @param files the run's files, in plan order (the index in the list is the file index)
   * @return the partitions, named {@code p00000}, {@code p00001}, ... in file order
   */
  List<Partition> plan(List<LogFile> files) {
    long total = files.stream().mapToLong(PartitionPlanner::size).sum();
    targetBytes = Math.min(maxBytes, Math.max(MIN_BYTES, total / ((long) threads * PER_THREAD)));
    List<Partition> partitions = new ArrayList<>();
    List<LogSlice> group = new ArrayList<>();
    long groupBytes = 0;
    for (int i = 0; i < files.size(); i++) {
      LogFile file = files.get(i);
      long size = size(file);
      if (size > targetBytes && splittable(file)) {
        List<LogSlice> ranges = ranges(i, file);
        if (ranges.size() > 1) {
          close(partitions, group, groupBytes);
          group = new ArrayList<>();
          groupBytes = 0;
          for (LogSlice range : ranges) {
            long end = range.end() < 0 ? size : range.end();
            close(partitions, List.of(range), end - range.start());
          }
          continue;
        }
      }
      group.add(LogSlice.whole(i, file));
      groupBytes += size;
      if (groupBytes >= targetBytes) {
        close(partitions, group, groupBytes);
        group = new ArrayList<>();
        groupBytes = 0;
      }
    }
    close(partitions, group, groupBytes);
    return partitions;
  }

  private static void close(List<Partition> partitions, List<LogSlice> slices, long bytes) {
    if (!slices.isEmpty()) {
      partitions.add(new Partition(Partition.name(partitions.size()), slices, bytes));
    }
  }

  private static long size(LogFile file) {
    try {
      return file.problem() == null ? Files.size(file.path()) : 0;
    } catch (IOException e) {
      return 0; // the reader reports it as unreadable
    }
  }

  private static boolean splittable(LogFile file) {
    return file.problem() == null && file.name().endsWith(".jsonl");
  }

  /**
   * The file cut after the first line end at or past every {@code targetBytes}; one whole-file
   * slice when it has an OTLP line or cannot be read (the reader reports why).
   */
  private List<LogSlice> ranges(int index, LogFile file) {
    List<LogSlice> ranges = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file.path())) {
      LineStarts scan = new LineStarts(in);
      long start = 0;
      long firstLine = 1;
      while (scan.nextLineStart()) {
        if (scan.otlp()) {
          return List.of(LogSlice.whole(index, file));
        }
        if (scan.offset() - start >= targetBytes && scan.hasMore()) {
          ranges.add(new LogSlice(index, file.name(), file.path().toString(), null, start,
              scan.offset(), firstLine));
          start = scan.offset();
          firstLine = scan.line();
        }
      }
      if (scan.otlp()) {
        return List.of(LogSlice.whole(index, file));
      }
      ranges.add(new LogSlice(index, file.name(), file.path().toString(), null, start, -1,
          firstLine));
      return ranges;
    } catch (IOException | UncheckedIOException e) {
      return List.of(LogSlice.whole(index, file));
    }
  }

  /**
   * One partition: its name ({@code p00000}), the slices it reads, in order, and their bytes on
   * disk (0 in a plan saved before the bytes were; they order the work, never the results).
   */
  record Partition(String name, List<LogSlice> slices, long bytes) {
    Partition {
      slices = List.copyOf(slices);
    }

    static String name(int index) {
      return String.format("p%05d", index);
    }
  }
}

package io.llmspend.batch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.requestlog.ParsedCall;
import io.llmspend.core.requestlog.RequestLogParser;
import io.llmspend.core.requestlog.SourceLine;
import io.llmspend.core.tokenize.TokenCounter;
import io.llmspend.core.tokenize.TokenizeProperties;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Measures, on the same request logs the nightly job reads, what tokenization alone costs: three
 * single-threaded passes over every line (read and parse only; parse and re-count every request
 * body with no count cache; parse and re-count with the cache). The differences give the bare
 * tokenization time of all text and of distinct text. For {@code docs/benchmarks.md}; not used by
 * the jobs.
 */
public final class TokenizeBenchmark {
  private TokenizeBenchmark() {}

  /**
   * @param logs the request-log folders
   * @return the three pass times and the token count
   */
  public static Figures measure(List<Path> logs) {
    long parseOnly = pass(logs, null);
    TokenCounter uncached = new TokenCounter(
        new TokenizeProperties(null, 0));
    long[] tokens = new long[1];
    long withoutCache = pass(logs, uncached, tokens);
    TokenCounter cached = new TokenCounter(TokenizeProperties.defaults());
    long withCache = pass(logs, cached);
    return new Figures(tokens[0], parseOnly, withoutCache, withCache);
  }

  /**
   * The bound of issue 13: read, parse and re-count (with the count cache, so each distinct text
   * is tokenized once) every record on {@code threads} threads, partitioned as the nightly job
   * partitions them, with nothing written and nothing priced.
   *
   * @return wall time in nanoseconds and records read
   */
  public static Bound bound(List<Path> logs, int threads) throws InterruptedException {
    List<PartitionPlanner.Partition> partitions =
        new PartitionPlanner(64L << 20, threads).plan(LogFiles.find(logs));
    TokenCounter counter = new TokenCounter(TokenizeProperties.defaults());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.concurrent.atomic.AtomicLong records = new java.util.concurrent.atomic.AtomicLong();
    long start = System.nanoTime();
    List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
    for (PartitionPlanner.Partition partition : partitions) {
      done.add(pool.submit(() -> records.addAndGet(pass(RequestLogReader.ofSlices(
          partition.slices(), 8 * 1024 * 1024, null), counter, new long[1]))));
    }
    for (java.util.concurrent.Future<?> future : done) {
      try {
        future.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    long nanos = System.nanoTime() - start;
    pool.shutdown();
    return new Bound(threads, partitions.size(), records.get(), nanos);
  }

  /** What {@link #bound} measured. */
  public record Bound(int threads, int partitions, long records, long nanos) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "bound: read+parse+tokenize distinct text on %d threads, nothing written: %.1f s "
              + "(%,d records, %d partitions)", threads, nanos / 1e9, records, partitions);
    }
  }

  /** One pass over what {@code reader} reads; returns the records read. */
  private static long pass(RequestLogReader reader, TokenCounter counter, long[] tokens) {
    RequestLogParser parser = new RequestLogParser(new ObjectMapper());
    reader.open(new ExecutionContext());
    long records = 0;
    for (SourceLine line = reader.read(); line != null; line = reader.read()) {
      records++;
      try {
        ParsedCall call = parser.parse(line);
        if (counter != null && call.request() != null) {
          tokens[0] += counter.countRequest(call.provider(), call.model(), call.request())
              .totalTokens();
        }
      } catch (BadRecordException | IllegalArgumentException e) {
        // bad lines cost the same in every pass; they are not counted
      }
    }
    reader.close();
    return records;
  }

  private static long pass(List<Path> logs, TokenCounter counter) {
    return pass(logs, counter, new long[1]);
  }

  private static long pass(List<Path> logs, TokenCounter counter, long[] tokens) {
    long start = System.nanoTime();
    pass(new RequestLogReader(LogFiles.find(logs), 8 * 1024 * 1024), counter, tokens);
    return System.nanoTime() - start;
  }

  /**
   * Pass times in nanoseconds.
   *
   * @param tokens input tokens re-counted in one pass
   * @param parseOnlyNanos read and parse
   * @param uncachedNanos read, parse and re-count all text
   * @param cachedNanos read, parse and re-count with the count cache (distinct text once)
   */
  public record Figures(long tokens, long parseOnlyNanos, long uncachedNanos, long cachedNanos) {
    /** Tokens per second of bare tokenization of all text (uncached minus parse-only). */
    public double bareTokensPerSecond() {
      return tokens / ((uncachedNanos - parseOnlyNanos) / 1e9);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "tokens %,d; read+parse %.1f s; read+parse+tokenize (no cache) %.1f s; "
              + "read+parse+tokenize (cache) %.1f s; bare tokenization of all text %.1f s = "
              + "%,.0f tokens/s; of distinct text %.1f s",
          tokens, parseOnlyNanos / 1e9, uncachedNanos / 1e9, cachedNanos / 1e9,
          (uncachedNanos - parseOnlyNanos) / 1e9, bareTokensPerSecond(),
          (cachedNanos - parseOnlyNanos) / 1e9);
    }
  }
}

package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Writes request-log lines ({@code docs/request-log-format.md}) asynchronously: {@link #record}
 * puts a line in a bounded queue and returns; one writer thread serializes the lines into daily
 * files ({@link RequestLogConfig}), gzips a day's file when the day is over, and flushes whenever
 * the queue is empty. When the queue is full the {@link QueueFullPolicy} applies and every
 * dropped line is counted and logged (at most one log line a minute). {@link #close} (and, by
 * default, a JVM shutdown hook) writes every queued line and closes the file.
 *
 * <p>Thread-safe. A line's JSON must not be changed after it is recorded.
 */
public final class RequestLogWriter implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RequestLogWriter.class.getName());
  private static final long LOG_EVERY_NANOS = 60_000_000_000L;
  private static final Object STOP = new Object();
  private final RequestLogConfig config;
  private final BlockingQueue<Object> queue;
  private final WriterMetrics metrics = new WriterMetrics();
  private final ObjectMapper json = new ObjectMapper();
  private final DailyFiles files;
  private final Thread thread;
  private final Thread hook;
  private volatile boolean closed;
  private volatile long lastDropLogNanos = System.nanoTime() - LOG_EVERY_NANOS;

  private RequestLogWriter(RequestLogConfig config) throws IOException {
    this.config = config;
    this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
    this.files = new DailyFiles(config.directory(), config.filePrefix(), config.fileMode(),
        today(), metrics.rolled::increment);
    this.thread = new Thread(this::run, "llmspend-request-log");
    thread.setDaemon(true);
    thread.start();
    this.hook = config.shutdownHook() ? new Thread(this::close, "llmspend-request-log-hook")
        : null;
    if (hook != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  /**
   * Starts the writer thread; gzips plain files of earlier days left by a process that died.
   *
   * @throws UncheckedIOException when the folder cannot be created or read
   */
  public static RequestLogWriter start(RequestLogConfig config) {
    try {
      return new RequestLogWriter(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the request log in " + config.directory(), e);
    }
  }

  /**
   * Queues one line (a JSON object in the request-log format).
   *
   * @return false when the line was dropped (queue full, or the writer closed): counted and logged
   */
  public boolean record(JsonNode line) {
    boolean queued = false;
    if (!closed) {
      try {
        queued = config.fullPolicy() == QueueFullPolicy.DROP ? queue.offer(line)
            : queue.offer(line, config.blockTimeout().toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (queued) {
      metrics.queued.increment();
    } else {
      dropped();
    }
    return queued;
  }

  /**
   * Waits until every line queued before this call is written and flushed to the file.
   *
   * @return false when that took longer than {@code timeout}
   */
  public boolean flush(Duration timeout) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    long deadline = System.nanoTime() + timeout.toNanos();
    if (closed || !queue.offer(done, timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      return closed && queue.isEmpty();
    }
    return done.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
  }

  /** Lines waiting for the writer thread now. */
  public int queueSize() {
    return queue.size();
  }

  public WriterMetrics metrics() {
    return metrics;
  }

  public RequestLogConfig config() {
    return config;
  }

  /** Writes every queued line, closes the file (today's stays plain until its day is over). */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      if (queue.offer(STOP, 10, TimeUnit.SECONDS)) {
        thread.join();
      }
      if (hook != null && Thread.currentThread() != hook) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs or ran
    }
    if (metrics.dropped() > 0 || metrics.failed() > 0) {
      LOG.log(Level.WARNING, "llmspend request log closed: " + summary());
    }
  }

  private void run() {
    List<Object> batch = new ArrayList<>();
    try {
      while (true) {
        Object first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          rollIfDue();
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, 1024);
        if (writeAll(batch)) {
          break;
        }
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, "llmspend request log writer stopped: " + e, e);
    } finally {
      try {
        files.close();
      } catch (IOException e) {
        LOG.log(Level.ERROR, "llmspend request log: cannot close " + config.directory(), e);
      }
    }
  }

  /** @return true at the stop marker (after writing what came before it) */
  private boolean writeAll(List<Object> batch) throws IOException {
    List<CountDownLatch> flushed = new ArrayList<>();
    boolean stop = false;
    for (Object item : batch) {
      if (item == STOP) {
        stop = true;
      } else if (item instanceof CountDownLatch latch) {
        flushed.add(latch);
      } else {
        write((JsonNode) item);
      }
    }
    flush();
    flushed.forEach(CountDownLatch::countDown);
    return stop;
  }

  private void write(JsonNode line) {
    try {
      files.write(today(), json.writeValueAsBytes(line));
      metrics.written.increment();
    } catch (IOException | RuntimeException e) {
      metrics.failed.increment();
      LOG.log(Level.ERROR, "llmspend request log: a line was not written (" + summary() + "): "
          + e);
    }
  }

  private void rollIfDue() {
    try {
      files.rollIfBefore(today());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.ERROR, "llmspend request log: cannot roll the daily file: " + e);
    }
  }

  private void flush() {
    try {
      files.flush();
    } catch (IOException e) {
      LOG.log(Level.ERROR, "llmspend request log: flush failed: " + e);
    }
  }

  private void dropped() {
    metrics.dropped.increment();
    long now = System.nanoTime();
    if (now - lastDropLogNanos >= LOG_EVERY_NANOS) {
      lastDropLogNanos = now;
      LOG.log(Level.WARNING, "llmspend request log queue full (capacity "
          + config.queueCapacity() + ", policy " + config.fullPolicy() + "): lines dropped; "
          + summary());
    }
  }

  private String summary() {
    return "queued " + metrics.queued() + ", written " + metrics.written() + ", dropped "
        + metrics.dropped() + ", failed " + metrics.failed();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(config.clock().instant(), config.zone());
  }
}

package io.llmspend.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPOutputStream;

/**
 * One gzip file compressed off the caller's thread: lines are gathered into chunks, and chunks are
 * deflated in order on a shared executor (each file's chunks form one chain, so the bytes do not
 * depend on thread timing). The caller blocks when too many chunks wait. Only one thread may call
 * {@link #write} and {@link #close}.
 */
final class GzipSink implements AutoCloseable {
  private static final int CHUNK = 1 << 20;
  private static final int BUFFER = 1 << 16;

  private final OutputStream gzip;
  private final Executor executor;
  private final Semaphore inFlight;
  private byte[] chunk = new byte[CHUNK];
  private int used;
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

  GzipSink(Path file, Executor executor, Semaphore inFlight) throws IOException {
    this.gzip = new GZIPOutputStream(
        new BufferedOutputStream(Files.newOutputStream(file), BUFFER), BUFFER);
    this.executor = executor;
    this.inFlight = inFlight;
  }

  /** Appends the line and a newline. */
  void write(byte[] line) {
    if (used + line.length + 1 > chunk.length) {
      flushChunk();
      if (line.length + 1 > chunk.length) {
        chunk = new byte[line.length + 1];
      }
    }
    System.arraycopy(line, 0, chunk, used, line.length);
    used += line.length;
    chunk[used++] = '\n';
  }

  @Override
  public void close() throws IOException {
    flushChunk();
    tail = tail.thenRunAsync(() -> run(gzip::close), executor);
    try {
      tail.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  private void flushChunk() {
    if (used == 0) {
      return;
    }
    byte[] bytes = Arrays.copyOf(chunk, used);
    used = 0;
    inFlight.acquireUninterruptibly();
    tail = tail.thenRunAsync(() -> {
      try {
        run(() -> gzip.write(bytes));
      } finally {
        inFlight.release();
      }
    }, executor);
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void run(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.llmspend.batch.run;

import io.llmspend.batch.store.OwnerOnly;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one-writer lock of a DuckDB store: an OS file lock on {@code <store>.lock}, taken before a
 * run touches the job repository, the store or the reports, and released when the process ends
 * however it ends (the OS drops the lock of a killed process). The file itself stays; it holds
 * the pid and start time of the last holder, for the refusal message.
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code store}, without waiting.
   *
   * @throws HeldException if another process (or run) holds it
   * @throws IOException if the lock file cannot be created
   */
  public static RunLock acquire(Path store) throws IOException {
    Path file = lockFile(store);
    OwnerOnly.directories(file.getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    OwnerOnly.file(file);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
      channel.close();
      throw new HeldException("refused: another llmspend run is using the store " + store
          .toAbsolutePath().normalize() + (holder.isEmpty() ? "" : " (" + holder + ")")
          + "; nothing was done. Run again when it has finished.");
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started "
        + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
    return new RunLock(channel, lock);
  }

  /** The lock file of a store: {@code <store>.lock} beside it. */
  static Path lockFile(Path store) {
    Path absolute = store.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".lock");
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  /** Another run holds the store. */
  public static final class HeldException extends IOException {
    private static final long serialVersionUID = 1L;

    HeldException(String message) {
      super(message);
    }
  }
}

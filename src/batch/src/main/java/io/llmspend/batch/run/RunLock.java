package io.llmspend.batch.run;

import io.llmspend.core.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;

/**
 * The one-writer lock of a DuckDB store: an OS file lock on {@code <store>.lock}, taken before a
 * run touches the job repository, the store or the reports, and released when the process ends
 * however it ends (the OS drops the lock of a killed process). The file itself stays; it holds
 * the pid and start time of the last holder, for the refusal message. The lock file is never
 * followed if it is a symbolic link: such a lock path is refused (a link planted there would
 * make llmspend overwrite its target).
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  private static final Set<OpenOption> OPEN = Set.of(StandardOpenOption.CREATE,
      StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
  private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString(
      "rw-------");

  /**
   * Takes the lock of {@code store}, without waiting.
   *
   * @param store the store's real path ({@link io.llmspend.batch.store.StorePaths#real})
   * @throws HeldException if another process (or run) holds it
   * @throws InvalidInputException if the lock path is a symbolic link
   * @throws IOException if the lock file cannot be created
   */
  public static RunLock acquire(Path store) throws IOException {
    Path file = lockFile(store);
    FileChannel channel = open(file);
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

  private static FileChannel open(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw linkRefused(file);
    }
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileChannel channel;
    try {
      channel = posix ? FileChannel.open(file, OPEN, ownerOnly()) : FileChannel.open(file, OPEN);
    } catch (FileSystemException e) {
      if (Files.isSymbolicLink(file)) { // became a link since the check (ELOOP)
        throw linkRefused(file);
      }
      throw e;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(file,
        PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view != null) {
      view.setPermissions(OWNER_RW); // a lock file left by an older version may be 644
    }
    return channel;
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(OWNER_RW);
  }

  private static InvalidInputException linkRefused(Path file) {
    return new InvalidInputException("refused: the lock file " + file + " is a symbolic link; "
        + "nothing was done. Remove the link and run again.");
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

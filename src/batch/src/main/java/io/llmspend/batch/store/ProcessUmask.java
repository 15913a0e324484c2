package io.llmspend.batch.store;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * The process's file-creation mask (umask). llmspend adds 077 to it before it creates any file, so
 * that every file and folder created by the process, including those DuckDB (the store's
 * {@code .wal}) and H2 (the job repository) create themselves, is readable by its owner only.
 * Report files are then opened up by the reports setting only ({@code llmspend.reports.*}).
 * On Windows nothing is changed. Thread-safe.
 */
public final class ProcessUmask {
  /** The group and other bits. */
  static final int OWNER_ONLY = 0077;

  private ProcessUmask() {}

  /** The C library's {@code umask(2)}: sets the mask and returns the previous one. */
  interface CLibrary extends Library {
    int umask(int mask);
  }

  /**
   * Adds 077 to the process's umask (a stricter mask is kept as it is).
   *
   * @return the mask now in force, or -1 where the platform has none (Windows)
   */
  public static synchronized int ownerOnly() {
    if (Platform.isWindows()) {
      return -1;
    }
    CLibrary c = Native.load(Platform.C_LIBRARY_NAME, CLibrary.class);
    int previous = c.umask(OWNER_ONLY);
    int mask = previous | OWNER_ONLY;
    c.umask(mask);
    return mask;
  }
}

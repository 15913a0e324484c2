package io.llmspend.batch.nightly;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for a test, to fill a disk on purpose. Needs root on Linux: elsewhere the
 * test is skipped, except under CI ({@code CI=true}, which runs as root) where it must run.
 */
final class Tmpfs implements AutoCloseable {
  private final Path dir;

  private Tmpfs(Path dir) {
    this.dir = dir;
  }

  /** Mounts a tmpfs of {@code size} ({@code 4m}) on the existing folder {@code dir}. */
  static Tmpfs mount(Path dir, String size) throws Exception {
    boolean canMount = "root".equals(System.getProperty("user.name"))
        && System.getProperty("os.name").startsWith("Linux")
        && run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs",
            dir.toString());
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(canMount, "needs root to mount a tmpfs");
    } else if (!canMount) {
      throw new AssertionError("CI runs as root: cannot mount a tmpfs on " + dir);
    }
    return new Tmpfs(dir);
  }

  /** Gives the mounted file system a new size (space freed). */
  void resize(String size) throws Exception {
    if (!run("mount", "-o", "remount,size=" + size, dir.toString())) {
      throw new AssertionError("cannot remount " + dir);
    }
  }

  @Override
  public void close() throws Exception {
    run("umount", dir.toString());
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}

package io.llmspend.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code llmspend nightly} in a real child JVM (the test classpath), for tests that kill a run
 * ({@code destroyForcibly}: SIGKILL) or run two at once. The work folder holds the DuckDB store,
 * the reports, an H2 file job repository and the configuration {@link #config} writes.
 */
final class ChildRun {
  static final String DATE = "2026-11-20";
  private static final long WAIT_SECONDS = 300;

  private ChildRun() {}

  /**
   * Writes {@code <work>/llmspend.yml}: an H2 file job repository in the work folder, partitions
   * of 1,200 bytes (the two fixtures' 8,827 bytes make 8 partitions, both files cut into line
   * ranges), lines over 2000 bytes quarantined.
   */
  static Path config(Path work) throws IOException {
    return Files.writeString(work.resolve("llmspend.yml"), """
        spring:
          datasource:
            url: "jdbc:h2:file:%s;WRITE_DELAY=0"
        llmspend:
          ingest:
            partition-bytes: 1200
            max-line-bytes: 2000
          pricing:
            deployments:
              "[support-mini-prod]": gpt-4o-mini
        """.formatted(work.resolve("jobs").toAbsolutePath()));
  }

  /** The nightly command line on the priced-calls and bad-input fixtures. */
  static List<String> arguments(Path work) throws IOException {
    return List.of("nightly",
        "--logs", NightlyFixtures.FIXTURES.resolve("priced-calls/logs").toString(),
        "--logs", NightlyFixtures.FIXTURES.resolve("bad-input/logs").toString(),
        "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(),
        "--date", DATE,
        "--config", config(work).toString());
  }

  /** {@link #arguments} as an array, for an in-process run. */
  static String[] argumentsUnchecked(Path work) {
    try {
      return arguments(work).toArray(String[]::new);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Starts a child that pauses at {@code point} ({@link KillPoint}; null: none), its output going
   * to {@code <work>/<name>.out}.
   */
  static Process start(Path work, String point, String name) throws IOException {
    return start(work, point, name, arguments(work));
  }

  /** Like {@link #start(Path, String, String)}, with another command line. */
  static Process start(Path work, String point, String name, List<String> arguments)
      throws IOException {
    return start(work, point, name, arguments, List.of());
  }

  /**
   * Like {@link #start(Path, String, String, List)}, the java command line preceded by {@code
   * launcher} (e.g. {@code sh -c 'umask 022; exec "$0" "$@"'}).
   */
  static Process start(Path work, String point, String name, List<String> arguments,
      List<String> launcher) throws IOException {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path")));
    if (point != null) {
      command.addAll(List.of(KillPoint.class.getName(), point, marker(work).toString()));
    } else {
      command.add("io.llmspend.batch.cli.LlmSpendCommand");
    }
    command.addAll(arguments);
    return new ProcessBuilder(command)
        .redirectOutput(work.resolve(name + ".out").toFile())
        .redirectErrorStream(true)
        .start();
  }

  /** Waits until the child reached its pause point. */
  static void awaitPause(Process child, Path work) throws Exception {
    for (long waited = 0; waited < WAIT_SECONDS * 10; waited++) {
      if (Files.exists(marker(work))) {
        return;
      }
      if (!child.isAlive()) {
        throw new AssertionError("the child ended (" + child.exitValue() + ") before pausing");
      }
      Thread.sleep(100);
    }
    child.destroyForcibly();
    throw new AssertionError("the child did not reach its pause point");
  }

  /** Kills the child like {@code kill -9} and waits for it to be gone. */
  static void kill(Process child) throws InterruptedException {
    child.destroyForcibly();
    if (!child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the child survived SIGKILL");
    }
  }

  /** Waits for a child to end and returns its exit code. */
  static int exitCode(Process child) throws InterruptedException {
    if (!child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("the child did not finish");
    }
    return child.exitValue();
  }

  private static Path marker(Path work) {
    return work.resolve("paused");
  }
}

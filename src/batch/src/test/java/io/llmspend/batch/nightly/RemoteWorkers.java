package io.llmspend.batch.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scale-out run on this machine for tests: the configuration (the single-machine run's, {@link
 * ChildRun#config}, with the job repository on PostgreSQL, RabbitMQ through a {@link BrokerLink}
 * and a queue of the test's own), the manager's command line and worker child JVMs ({@code
 * llmspend worker}).
 */
final class RemoteWorkers {
  private static final long WAIT_MILLIS = 300_000;

  private RemoteWorkers() {}

  /** Writes {@code <work>/remote.yml}. */
  static Path config(Path work, TestPostgres postgres, BrokerLink link, String queue)
      throws IOException {
    String single = Files.readString(ChildRun.config(work));
    String datasource = "    url: \"" + postgres.url() + "\"\n"
        + "    username: \"" + postgres.user() + "\"\n"
        + "    password: \"" + postgres.password() + "\"\n"
        + "  rabbitmq:\n"
        + "    host: 127.0.0.1\n"
        + "    port: " + link.port() + "\n"
        + "    username: guest\n"
        + "    password: guest";
    String shared = single.replaceFirst("(?m)^    url: .*$",
        java.util.regex.Matcher.quoteReplacement(datasource));
    if (shared.equals(single)) {
      throw new IllegalStateException("ChildRun.config has no datasource url to replace");
    }
    return Files.writeString(work.resolve("remote.yml"), shared + """
          remote:
            queue: %s
            poll-interval: 200ms
            timeout: 5m
        """.formatted(queue));
  }

  /** The manager: the single-machine command line with the remote configuration. */
  static List<String> manager(Path work, Path config) throws IOException {
    List<String> arguments = new ArrayList<>(ChildRun.arguments(work));
    arguments.set(arguments.indexOf("--config") + 1, config.toString());
    arguments.addAll(List.of("--workers", "remote"));
    return arguments;
  }

  /** Starts a worker JVM (pausing at {@code point}, or null); see {@link #awaitReady}. */
  static Process start(Path work, Path config, String name, String point) throws IOException {
    return ChildRun.start(work, point, name, List.of("worker", "--config", config.toString()));
  }

  /** Waits until the worker {@code name} takes requests. */
  static void awaitReady(Process worker, Path work, String name) throws Exception {
    Path out = work.resolve(name + ".out");
    for (long waited = 0; waited < WAIT_MILLIS; waited += 100) {
      if (Files.exists(out) && Files.readString(out).contains("taking partitions from queue")) {
        return;
      }
      if (!worker.isAlive()) {
        throw new AssertionError(name + " ended (" + worker.exitValue() + "): "
            + Files.readString(out));
      }
      Thread.sleep(100);
    }
    worker.destroyForcibly();
    throw new AssertionError(name + " did not start");
  }

  /** How many partitions a worker ran (its log's "running" lines). */
  static long partitionsRun(Path work, String name) throws IOException {
    return Files.readAllLines(work.resolve(name + ".out")).stream()
        .filter(line -> line.contains("PartitionGuard - running ")).count();
  }
}

package io.llmspend.batch.cli;

import io.llmspend.batch.remote.WorkerProcess;
import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code llmspend worker}: runs the nightly ingest's partitions for a remote manager. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {"Run the nightly ingest's partitions for a remote manager.",
        "Takes them from RabbitMQ and runs them until stopped (docs/scale-out.md). The manager is `llmspend nightly --workers remote`. The configuration names the job "
            + "repository they share (spring.datasource.url, PostgreSQL), RabbitMQ "
            + "(spring.rabbitmq.*) and the same price book and settings as the manager's: a "
            + "partition made with other settings is refused and the worker stops (exit 4)."})
final class WorkerCommand implements Callable<Integer> {

  @Option(names = "--config", paramLabel = "FILE", required = true,
      description = "The configuration file (the manager's, or one with the same settings).")
  Path config;

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.isRegularFile(config)) {
      System.err.println("llmspend: configuration file not found: " + config.toAbsolutePath());
      return ExitCodes.INPUT_ERROR;
    }
    return WorkerProcess.run(config);
  }
}

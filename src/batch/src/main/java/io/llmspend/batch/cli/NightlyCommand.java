package io.llmspend.batch.cli;

import io.llmspend.batch.nightly.NightlyRequest;
import io.llmspend.batch.nightly.NightlyRunner;
import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code llmspend nightly}: ingest, price, attribute and report. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {"Ingest, price, attribute and report a night of request logs.",
        "Re-counts and prices every call, attributes spend, and writes the day's CSV files and "
            + "Excel workbook to <reports>/<date>/."})
final class NightlyCommand implements Callable<Integer> {

  @Option(names = "--logs", paramLabel = "DIR",
      description = "A request-log folder, read recursively (repeatable; default: "
          + "sample-data/request-logs).")
  List<Path> logs = new ArrayList<>();

  @Mixin StoreOptions store;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The report date (default: the last complete day in the data).")
  LocalDate date;

  @Option(names = "--exports", paramLabel = "DIR",
      description = "Provider usage and cost exports, one folder per provider (default: "
          + "sample-data/provider-exports when --logs is not given, else none).")
  Path exports;

  @Option(names = "--workers", paramLabel = "local|remote",
      description = "Where the ingest's partitions run: local (threads in this process, the "
          + "default) or remote (llmspend worker processes over RabbitMQ; this run is their "
          + "manager; see docs/scale-out.md). Default: llmspend.remote.enabled, else local.")
  String workers;

  @Option(names = "--fail-on-exceeded",
      description = "Exit with code 6 when a hard budget is exceeded (see docs/budgets.md).")
  boolean failOnExceeded;

  @Override
  public Integer call() {
    List<Path> folders = logs.isEmpty() ? List.of(Path.of("sample-data", "request-logs")) : logs;
    Path exportsFolder = exports != null || !logs.isEmpty() ? exports
        : Path.of("sample-data", "provider-exports");
    if (exports != null && !Files.isDirectory(exports)) {
      System.err.println("llmspend: exports folder not found: " + exports.toAbsolutePath());
      return ExitCodes.INPUT_ERROR;
    }
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        System.err.println("llmspend: logs folder not found: " + folder.toAbsolutePath());
        return ExitCodes.INPUT_ERROR;
      }
    }
    if (Files.exists(store.reports) && !Files.isDirectory(store.reports)) {
      System.err.println("llmspend: --reports is not a folder: "
          + store.reports.toAbsolutePath());
      return ExitCodes.INPUT_ERROR;
    }
    if (!store.configFound()) {
      return ExitCodes.INPUT_ERROR;
    }
    if (workers != null && !workers.equals("local") && !workers.equals("remote")) {
      System.err.println("llmspend: --workers is local or remote, not " + workers);
      return ExitCodes.USAGE;
    }
    return NightlyRunner.run(new NightlyRequest(folders, store.db, store.reports, date,
        store.configFile(), exportsFolder, failOnExceeded), settings());
  }

  /** Settings the command line sets over every configuration file. */
  private Map<String, String> settings() {
    return workers == null ? Map.of()
        : Map.of("llmspend.remote.enabled", String.valueOf(workers.equals("remote")));
  }
}

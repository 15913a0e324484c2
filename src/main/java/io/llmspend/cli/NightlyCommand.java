package io.llmspend.cli;

import io.llmspend.nightly.NightlyRequest;
import io.llmspend.nightly.NightlyRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code llmspend nightly}: ingest, price, attribute and report. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {"Ingest request logs, re-count and price every call, attribute spend, and",
        "write the day's CSV files and Excel workbook to <reports>/<date>/."})
final class NightlyCommand implements Callable<Integer> {

  @Option(names = "--logs", paramLabel = "DIR",
      description = "A request-log folder, read recursively (repeatable; default: "
          + "sample-data/request-logs).")
  List<Path> logs = new ArrayList<>();

  @Mixin StoreOptions store;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The report date (default: the last complete day in the data).")
  LocalDate date;

  @Override
  public Integer call() {
    List<Path> folders = logs.isEmpty() ? List.of(Path.of("sample-data", "request-logs")) : logs;
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        System.err.println("llmspend: logs folder not found: " + folder.toAbsolutePath());
        return ExitCodes.INPUT_ERROR;
      }
    }
    if (!store.configFound()) {
      return ExitCodes.INPUT_ERROR;
    }
    return NightlyRunner.run(new NightlyRequest(folders, store.db, store.reports, date,
        store.config));
  }
}

package io.llmspend.cli;

import io.llmspend.monthly.MonthlyRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code llmspend monthly}: the monthly finance workbook. */
@Command(
    name = "monthly",
    mixinStandardHelpOptions = true,
    description = {"Write the monthly finance workbook <reports>/monthly/llmspend-YYYY-MM.xlsx",
        "and its CSV files from the calls already in the store (run nightly first)."})
final class MonthlyCommand implements Callable<Integer> {

  @Option(names = "--month", paramLabel = "YYYY-MM", required = true,
      description = "The month to report.")
  YearMonth month;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "data/llmspend.duckdb",
      description = "The DuckDB store (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
      description = "Where reports are written (default: ${DEFAULT-VALUE}).")
  Path reports;

  @Option(names = "--config", paramLabel = "FILE",
      description = "An extra configuration file (YAML or properties) over the defaults.")
  Path config;

  @Override
  public Integer call() {
    if (config != null && !Files.isRegularFile(config)) {
      System.err.println("llmspend: configuration file not found: " + config.toAbsolutePath());
      return ExitCodes.INPUT_ERROR;
    }
    if (!Files.isRegularFile(db)) {
      System.err.println("llmspend: no store at " + db.toAbsolutePath() + ": run nightly first");
      return ExitCodes.INPUT_ERROR;
    }
    return MonthlyRunner.run(month, db, reports, config);
  }
}

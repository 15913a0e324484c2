package io.llmspend.batch.cli;

import io.llmspend.batch.monthly.MonthlyRunner;
import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code llmspend monthly}: the monthly finance workbook. */
@Command(
    name = "monthly",
    mixinStandardHelpOptions = true,
    description = {"Write a month's finance workbook and CSV files.",
        "Writes <reports>/monthly/llmspend-YYYY-MM.xlsx and <reports>/monthly/YYYY-MM/ from the "
            + "calls already in the store (run nightly first)."})
final class MonthlyCommand implements Callable<Integer> {

  @Option(names = "--month", paramLabel = "YYYY-MM", required = true,
      description = "The month to report.")
  YearMonth month;

  @Option(names = "--reprice", description = {"Re-price the month's calls from their stored "
      + "tokens with the configured price book before writing (logged: old and new totals and "
      + "price books; recorded in monthly_closes). Without it a month's costs never change."})
  boolean reprice;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    if (!store.configFound()) {
      return ExitCodes.INPUT_ERROR;
    }
    if (!Files.isRegularFile(store.db)) {
      System.err.println("llmspend: no store at " + store.db.toAbsolutePath()
          + ": run nightly first");
      return ExitCodes.INPUT_ERROR;
    }
    return MonthlyRunner.run(month, store.db, store.reports, store.configFile(), reprice);
  }
}

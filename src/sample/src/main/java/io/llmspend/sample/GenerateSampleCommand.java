package io.llmspend.sample;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.sample.GenerationSummary;
import io.llmspend.sample.SampleGenerator;
import io.llmspend.sample.SampleOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code llmspend generate-sample}: realistic request logs from the bundled public seeds. */
@Command(
    name = "generate-sample",
    mixinStandardHelpOptions = true,
    description = {"Write realistic sample request logs.",
        "Gzip JSONL, one folder per day, from the public prompts, conversations and traffic",
        "traces bundled with llmspend. The same options and seed always give the same logs."})
final class GenerateSampleCommand implements Callable<Integer> {

  @Option(names = "--calls", defaultValue = "21000",
      description = "Calls to generate (default: ${DEFAULT-VALUE}).")
  int calls;

  @Option(names = "--days", defaultValue = "7", description = "Days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--seed", defaultValue = "20261116",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--start", paramLabel = "YYYY-MM-DD",
      description = "First day, UTC (default: 2026-11-16).")
  LocalDate start;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The folder to write to (created if missing).")
  Path out;

  @Override
  public Integer call() {
    SampleOptions options;
    try {
      options = new SampleOptions(calls, days, seed, out,
          start == null ? SampleOptions.DEFAULT_START : start,
          SampleOptions.DEFAULT_MALFORMED_RATE);
    } catch (IllegalArgumentException e) {
      System.err.println("llmspend: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    GenerationSummary summary = new SampleGenerator().generate(options);
    System.out.println("llmspend: wrote " + summary.files().size() + " files to "
        + out.toAbsolutePath());
    System.out.println(summary);
    return ExitCodes.SUCCESS;
  }
}

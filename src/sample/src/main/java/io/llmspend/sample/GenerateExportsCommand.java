package io.llmspend.sample;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.sample.exports.ExportsGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code llmspend generate-exports}: provider exports matching request logs, with plants. */
@Command(
    name = "generate-exports",
    mixinStandardHelpOptions = true,
    description = {"Write the OpenAI and Anthropic usage and cost exports that match a folder of",
        "request logs, with planted differences (a key that never logs, a price change the",
        "book lacks, failed calls billed, web searches) for the reconciliation to find."})
final class GenerateExportsCommand implements Callable<Integer> {

  @Option(names = "--logs", paramLabel = "DIR", defaultValue = "sample-data/request-logs",
      description = "The request logs (default: ${DEFAULT-VALUE}).")
  Path logs;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The exports folder to write (one folder per provider).")
  Path out;

  @Option(names = "--seed", defaultValue = "20261116",
      description = "Seed of the page cursors (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(logs)) {
      System.err.println("llmspend: logs folder not found: " + logs.toAbsolutePath());
      return ExitCodes.INPUT_ERROR;
    }
    List<String> files = ExportsGenerator.generate(logs, out, seed);
    System.out.println("wrote " + files.size() + " export files to " + out + ": " + files);
    return ExitCodes.SUCCESS;
  }
}

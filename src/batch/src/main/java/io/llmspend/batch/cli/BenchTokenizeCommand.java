package io.llmspend.batch.cli;

import io.llmspend.batch.ingest.TokenizeBenchmark;
import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code llmspend bench-tokenize}: the bare tokenization rate on a set of request logs. */
@Command(name = "bench-tokenize", hidden = true, mixinStandardHelpOptions = true,
    description = "Measure bare tokenization on request logs (see docs/benchmarks.md).")
final class BenchTokenizeCommand implements Callable<Integer> {
  @Option(names = "--logs", paramLabel = "DIR", required = true,
      description = "A request-log folder (repeatable).")
  List<Path> logs;

  @Override
  public Integer call() {
    System.out.println(TokenizeBenchmark.measure(logs));
    return ExitCodes.SUCCESS;
  }
}

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

  @Option(names = "--bound", paramLabel = "THREADS",
      description = "Only the bound of the nightly job: read, parse and tokenize distinct text on"
          + " THREADS threads, partitioned as the job does, nothing written.")
  Integer boundThreads;

  @Override
  public Integer call() throws InterruptedException {
    System.out.println(boundThreads != null ? TokenizeBenchmark.bound(logs, boundThreads)
        : TokenizeBenchmark.measure(logs));
    return ExitCodes.SUCCESS;
  }
}

package io.llmspend.sample;

import io.llmspend.batch.run.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code llmspend-sample.jar}: the tools that make test data (request logs and
 * the provider exports that match them). They are not part of {@code llmspend.jar}.
 */
@Command(
    name = "llmspend-sample",
    mixinStandardHelpOptions = true,
    version = "llmspend-sample 0.1.0",
    description = "Make realistic request logs and matching provider exports for trying llmspend.",
    subcommands = {GenerateSampleCommand.class, GenerateExportsCommand.class,
        CommandLine.HelpCommand.class})
public final class SampleCommand implements Runnable {
  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the process exit code ({@link ExitCodes}). */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new SampleCommand());
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      cl.getErr().println("llmspend-sample: internal error: " + e);
      e.printStackTrace(cl.getErr());
      return ExitCodes.INTERNAL_ERROR;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}

package io.llmspend.batch.cli;

import io.llmspend.batch.run.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point of {@code llmspend.jar}: parses the command line and runs a subcommand. */
@Command(
    name = "llmspend",
    mixinStandardHelpOptions = true,
    version = "llmspend 0.1.0",
    description = "Where your LLM API money goes, and how to spend less.",
    subcommands = {NightlyCommand.class, MonthlyCommand.class, ScheduleCommand.class,
        ServeCommand.class, WorkerCommand.class,
        EstimateCommand.class, BudgetCommand.class, BenchTokenizeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 internal error, 2 usage error, 3 completed with "
        + "quarantined lines, 4 input error, 5 already running, 6 budget exceeded, "
        + "7 reconciliation variance, 8 no data for the month."})
public final class LlmSpendCommand implements Runnable {
  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the process exit code ({@link ExitCodes}). */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new LlmSpendCommand());
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      cl.getErr().println("llmspend: internal error: " + e);
      e.printStackTrace(cl.getErr());
      return ExitCodes.INTERNAL_ERROR;
    });
    return commandLine.execute(args);
  }

  /**
   * Parses a command line without running it.
   *
   * @throws IllegalArgumentException saying what is wrong (unknown option, bad value)
   */
  public static void check(String... args) {
    try {
      new CommandLine(new LlmSpendCommand()).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}

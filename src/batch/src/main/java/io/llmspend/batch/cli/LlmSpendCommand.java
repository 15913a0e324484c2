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
    CommandLine commandLine = OptionValues.register(new CommandLine(new LlmSpendCommand()));
    commandLine.setParameterExceptionHandler(LlmSpendCommand::usageError);
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
      OptionValues.register(new CommandLine(new LlmSpendCommand())).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * A wrong command line (unknown option, bad value, missing option): one line on standard error
   * saying what is wrong and where the options are listed, exit code 2. No usage text: it would
   * push the reason off the screen of a cron mail.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String reason = String.valueOf(e.getMessage()).replaceFirst("^Error: ", "")
        .replaceAll("\\s*\\R\\s*", " ").strip();
    command.getErr().println(name + ": " + reason + " (see " + name + " --help)");
    return ExitCodes.USAGE;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is required: nightly, monthly, schedule, serve, estimate or budget");
  }
}

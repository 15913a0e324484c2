package io.llmspend.batch.cli;

import io.llmspend.batch.schedule.ScheduleRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code llmspend schedule}: the nightly and monthly jobs on cron, in one process. */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = {"Run the nightly and monthly jobs on a schedule, in this process.",
        "Runs the jobs of a schedule file (cron expressions in a time zone) until it is stopped, "
            + "for hosts without cron. See jobs/schedule.yml."})
final class ScheduleCommand implements Callable<Integer> {

  @Option(names = "--file", paramLabel = "FILE", defaultValue = "jobs/schedule.yml",
      description = "The schedule (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--dry-run", paramLabel = "N",
      description = "Print the next N runs and their command lines, then exit.")
  Integer dryRun;

  @Override
  public Integer call() {
    return ScheduleRunner.run(file, dryRun, LlmSpendCommand::execute, LlmSpendCommand::check);
  }
}

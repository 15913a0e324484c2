package io.llmspend.batch.schedule;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.schedule.Schedule.Due;
import io.llmspend.core.InvalidInputException;
import java.nio.file.Path;
import java.time.ZonedDateTime;

/** Reads a schedule file and runs it ({@link Scheduler}), or prints its next runs. */
public final class ScheduleRunner {
  private ScheduleRunner() {}

  /**
   * @param file the schedule file
   * @param dryRun how many next runs to print instead of running, or {@code null} to run
   * @param runner runs one llmspend command line
   * @return the exit code: 4 if the file is missing or invalid, 0 after a dry run or when
   *     stopped
   */
  public static int run(Path file, Integer dryRun, Scheduler.Runner runner) {
    Schedule schedule;
    try {
      schedule = Schedule.read(file);
    } catch (InvalidInputException e) {
      System.err.println("llmspend: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    if (dryRun != null) {
      ZonedDateTime now = ZonedDateTime.now(schedule.zone());
      for (int i = 0; i < dryRun; i++) {
        Due due = schedule.next(now);
        System.out.println(due.at() + " " + due.job().name() + ": llmspend "
            + String.join(" ", due.job().commandLine(due.at())));
        now = due.at();
      }
      return ExitCodes.SUCCESS;
    }
    try {
      Scheduler.onSystemClock(schedule, runner).run(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.SUCCESS;
  }
}

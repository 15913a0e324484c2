package io.llmspend.batch.schedule;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.schedule.Schedule.Due;
import io.llmspend.core.InvalidInputException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Reads a schedule file and runs it ({@link Scheduler}), or prints its next runs. */
public final class ScheduleRunner {
  private ScheduleRunner() {}

  /** Checks one llmspend command line without running it. */
  @FunctionalInterface
  public interface Validator {
    /** @throws IllegalArgumentException saying what is wrong with {@code arguments} */
    void check(String... arguments);
  }

  /**
   * @param file the schedule file
   * @param dryRun how many next runs to print instead of running, or {@code null} to run
   * @param runner runs one llmspend command line
   * @param validator checks each job's command line (unknown options, bad values) before
   *     anything runs, also for a dry run
   * @return the exit code: 4 if the file is missing or invalid (a job's command line too), 0
   *     after a dry run or when stopped
   */
  public static int run(Path file, Integer dryRun, Scheduler.Runner runner,
      Validator validator) {
    Schedule schedule;
    try {
      schedule = Schedule.read(file);
      for (ScheduledJob job : schedule.jobs()) {
        check(file, job, validator);
      }
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

  private static void check(Path file, ScheduledJob job, Validator validator) {
    try {
      validator.check(job.commandLine(ZonedDateTime.now(ZoneOffset.UTC)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("invalid schedule " + file + ": job " + job.name() + ": "
          + e.getMessage(), e);
    }
  }
}

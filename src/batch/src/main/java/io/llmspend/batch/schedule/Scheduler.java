package io.llmspend.batch.schedule;

import io.llmspend.batch.schedule.Schedule.Due;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Schedule} in one long-lived process: waits for the next due job, runs it to its
 * end (jobs never overlap; a fire time missed while another job ran is skipped, the next one is
 * computed from the time the job ended), logs its exit code, and goes on.
 */
public final class Scheduler {
  private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
  private final Schedule schedule;
  private final Clock clock;
  private final Runner runner;
  private final Sleeper sleeper;

  /** Runs an llmspend command line and returns its exit code. */
  @FunctionalInterface
  public interface Runner {
    int run(String... arguments);
  }

  /** Waits until an instant of the scheduler's clock. */
  @FunctionalInterface
  interface Sleeper {
    void sleepUntil(Instant when) throws InterruptedException;
  }

  Scheduler(Schedule schedule, Clock clock, Runner runner, Sleeper sleeper) {
    this.schedule = schedule;
    this.clock = clock;
    this.runner = runner;
    this.sleeper = sleeper;
  }

  /** A scheduler on the system clock that sleeps for real. */
  static Scheduler onSystemClock(Schedule schedule, Runner runner) {
    Clock clock = Clock.system(schedule.zone());
    return new Scheduler(schedule, clock, runner, when -> {
      for (Duration left = Duration.between(clock.instant(), when); !left.isNegative()
          && !left.isZero(); left = Duration.between(clock.instant(), when)) {
        Thread.sleep(Math.min(left.toMillis() + 1, 60_000)); // wakes to follow clock changes
      }
    });
  }

  /**
   * Runs due jobs, {@code runs} of them (Long.MAX_VALUE: until interrupted).
   *
   * @throws InterruptedException when the process is asked to stop while waiting
   */
  void run(long runs) throws InterruptedException {
    for (long done = 0; done < runs; done++) {
      Due due = schedule.next(ZonedDateTime.now(clock));
      log.info("schedule: next is {} at {}", due.job().name(), due.at());
      sleeper.sleepUntil(due.at().toInstant());
      String[] command = due.job().commandLine(due.at());
      log.info("schedule: running {}: llmspend {}", due.job().name(), String.join(" ", command));
      int code = runner.run(command);
      log.info("schedule: {} ended with exit code {}", due.job().name(), code);
    }
  }
}

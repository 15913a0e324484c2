package io.llmspend.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed jobs/schedule.yml, run on a clock the test moves. */
class SchedulerTest {
  private static final Path COMMITTED = Path.of("..", "..", "jobs", "schedule.yml");

  @Test
  void runsTheJobsInOrderInTheScheduleTimeZone() throws Exception {
    Schedule schedule = Schedule.read(COMMITTED);
    MovableClock clock = new MovableClock(Instant.parse("2026-10-31T12:00:00Z"));
    List<String> runs = new ArrayList<>();
    Scheduler scheduler = new Scheduler(schedule, clock, args -> {
      runs.add(clock.instant() + " " + String.join(" ", args).split(" --db")[0]);
      return 0;
    }, clock::moveTo);

    scheduler.run(4);

    // Europe/Berlin is UTC+1 after 2026-10-25 (end of summer time): 02:30 local = 01:30 UTC;
    // the monthly job on the 2nd at 06:00 local = 05:00 UTC, for the month before: 2026-10
    assertThat(runs).containsExactly(
        "2026-11-01T01:30:00Z nightly --logs /var/log/llm-gateway",
        "2026-11-02T01:30:00Z nightly --logs /var/log/llm-gateway",
        "2026-11-02T05:00:00Z monthly --month 2026-10",
        "2026-11-03T01:30:00Z nightly --logs /var/log/llm-gateway");
  }

  @Test
  void summerTimeMovesTheRunInUtc() {
    Schedule schedule = Schedule.read(COMMITTED);

    // 2026-07-01 02:30 in Berlin (UTC+2, summer time) is 00:30 UTC
    assertThat(schedule.next(Instant.parse("2026-06-30T12:00:00Z").atZone(ZoneOffset.UTC))
        .at().toInstant()).isEqualTo(Instant.parse("2026-07-01T00:30:00Z"));
  }

  @Test
  void aBadScheduleIsAnInputError(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("schedule.yml"), """
        time-zone: Europe/Berlin
        jobs:
          - {name: nightly, cron: "30 2 * * *", command: [nightly]}
        """);

    // five fields: Spring's cron has six (seconds first)
    assertThatThrownBy(() -> Schedule.read(bad)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("30 2 * * *");
    Path unknown = Files.writeString(dir.resolve("other.yml"), """
        jobs:
          - {name: x, cron: "0 0 1 * * *", command: [generate-sample]}
        """);
    assertThatThrownBy(() -> Schedule.read(unknown)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must start with one of");
  }

  @Test
  void aCronThatNeverFiresIsAnInputError(@TempDir Path dir) throws Exception {
    Path february30 = Files.writeString(dir.resolve("schedule.yml"), """
        jobs:
          - {name: never, cron: "0 0 0 30 2 *", command: [nightly]}
        """);

    assertThatThrownBy(() -> Schedule.read(february30)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("job never: the cron 0 0 0 30 2 * never fires (no such date)");
    assertThat(ScheduleRunner.run(february30, 3, args -> 0, args -> { }))
        .isEqualTo(ExitCodes.INPUT_ERROR);
  }

  @Test
  void aDryRunChecksEachJobsCommandLine(@TempDir Path dir) throws Exception {
    Path bogus = Files.writeString(dir.resolve("schedule.yml"), """
        jobs:
          - {name: nightly, cron: "0 30 2 * * *", command: [nightly, --bogus]}
        """);
    Path good = Files.writeString(dir.resolve("good.yml"), """
        jobs:
          - {name: monthly, cron: "0 0 6 2 * *", command: [monthly, --month, "{previous-month}"]}
        """);

    assertThat(ScheduleRunner.run(bogus, 3, args -> 0, LlmSpendCommand::check))
        .isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(ScheduleRunner.run(good, 3, args -> 0, LlmSpendCommand::check))
        .isEqualTo(ExitCodes.SUCCESS);
  }

  /** A clock the sleeper moves forward to the wake-up time. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void moveTo(Instant when) {
      now = when;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

package io.llmspend.batch.schedule;

import io.llmspend.core.InvalidInputException;
import io.llmspend.core.yaml.YamlFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.scheduling.support.CronExpression;

/**
 * The schedule of {@code llmspend schedule}, read from {@code jobs/schedule.yml} ({@link
 * YamlFiles}): a time zone and the jobs with their cron expressions.
 *
 * @param zone the time zone the cron expressions are read in (DST transitions follow it)
 * @param jobs at least one
 */
record Schedule(ZoneId zone, List<ScheduledJob> jobs) {
  Schedule {
    jobs = List.copyOf(jobs);
    if (zone == null || jobs.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs a time zone and at least one job");
    }
  }

  /** A job due at a time. */
  record Due(ScheduledJob job, ZonedDateTime at) {}

  /** The next job due strictly after {@code now} (the first in file order on a tie). */
  Due next(ZonedDateTime now) {
    ZonedDateTime local = now.withZoneSameInstant(zone);
    return jobs.stream().map(job -> new Due(job, job.next(local)))
        .min(Comparator.comparing(Due::at)).orElseThrow();
  }

  /**
   * Reads a schedule file.
   *
   * @throws InvalidInputException if it is missing or invalid (a bad cron, zone or command)
   */
  static Schedule read(Path file) {
    try {
      File parsed = YamlFiles.read(file, File.class);
      if (parsed == null) {
        parsed = new File(null, null);
      }
      return new Schedule(ZoneId.of(parsed.timeZone() == null ? "UTC" : parsed.timeZone()),
          parsed.jobs() == null ? List.of() : parsed.jobs().stream().map(j -> new ScheduledJob(
              j.name(), CronExpression.parse(j.cron()),
              j.command() == null ? List.of() : j.command())).toList());
    } catch (IOException | IllegalArgumentException | DateTimeException e) {
      throw new InvalidInputException("invalid schedule " + file + ": " + e.getMessage(), e);
    }
  }

  /** The file's shape. */
  private record File(String timeZone, List<Job> jobs) {}

  private record Job(String name, String cron, List<String> command) {}
}

package io.llmspend.batch.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Refuses a nightly request for a report date after today in the configured time zone (a
 * mistyped year, say), before the job starts: such a run would load the logs and report a day
 * that has no calls yet, and its budget period would hide the current one.
 */
final class ReportDateCheck {
  private static final String NIGHTLY = "nightly";

  private ReportDateCheck() {}

  /**
   * @param job the job's name: only the nightly job's {@code date} is a requested day (the
   *     monthly job's is its month's last day, in the future for the current month)
   * @param request the job's parameters; a blank or absent {@code date} means "the last complete
   *     day in the data", which is never in the future
   * @param clock today's clock in {@code llmspend.time-zone}
   * @throws UsageException when the date is after today
   */
  static void check(String job, JobParameters request, ZoneId zone) {
    check(job, request, Clock.system(zone));
  }

  /** {@link #check(String, JobParameters, ZoneId)} on a given clock (tests). */
  static void check(String job, JobParameters request, Clock clock) {
    if (!NIGHTLY.equals(job)) {
      return;
    }
    String date = request.getString("date", "");
    if (date == null || date.isBlank()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    if (LocalDate.parse(date).isAfter(today)) {
      throw new UsageException("--date " + date + " is in the future: today is " + today
          + " in " + clock.getZone() + " (llmspend.time-zone); the report date must be today "
          + "or earlier");
    }
  }
}

package io.llmspend.batch.schedule;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.support.CronExpression;

/**
 * One job of {@code jobs/schedule.yml}: an llmspend command line run on a cron expression.
 *
 * @param name a label for the log
 * @param cron Spring's six-field cron (second minute hour day-of-month month day-of-week), read
 *     in the schedule's time zone
 * @param arguments the command line: {@code nightly ...} or {@code monthly ...}; the placeholder
 *     {@code {previous-month}} is replaced by the month before the run's date (YYYY-MM)
 */
record ScheduledJob(String name, CronExpression cron, List<String> arguments) {
  private static final Set<String> COMMANDS = Set.of("nightly", "monthly");
  static final String PREVIOUS_MONTH = "{previous-month}";

  ScheduledJob {
    arguments = List.copyOf(arguments);
    if (name == null || name.isBlank() || cron == null) {
      throw new IllegalArgumentException("a scheduled job needs a name and a cron expression");
    }
    if (arguments.isEmpty() || !COMMANDS.contains(arguments.get(0))) {
      throw new IllegalArgumentException("job " + name + ": the command must start with one of "
          + COMMANDS + ", not " + arguments);
    }
    // CronExpression searches a few years ahead: a date that never exists (February 30) is null
    if (cron.next(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC)) == null) {
      throw new IllegalArgumentException("job " + name + ": the cron " + cron
          + " never fires (no such date)");
    }
  }

  /** The command line of a run at {@code when}, placeholders replaced. */
  String[] commandLine(ZonedDateTime when) {
    String previous = YearMonth.from(when).minusMonths(1).toString();
    return arguments.stream().map(a -> a.replace(PREVIOUS_MONTH, previous))
        .toArray(String[]::new);
  }

  /** The first time after {@code after} the job is due, in the same zone. */
  ZonedDateTime next(ZonedDateTime after) {
    ZonedDateTime next = cron.next(after);
    if (next == null) {
      throw new IllegalStateException("job " + name + ": its cron never fires again");
    }
    return next;
  }
}

package io.llmspend.batch.attribution;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The report date of a run, kept in the job's execution context for the later steps. */
public final class ReportDate {
  private static final String KEY = "report.date";
  private static final String NONE_KEY = "report.none";
  /**
   * The exit status of the {@code attribute} step when there is no day to report (no --date and
   * no call before today): the nightly job ends there, and the run exits 4 with {@link #none}.
   */
  public static final String NONE = "NO DAY TO REPORT";

  private ReportDate() {}

  static void saveNone(ExecutionContext jobContext, String reason) {
    jobContext.putString(NONE_KEY, reason);
  }

  /** Why there is no report date, or {@code null} when the run has one (or has not chosen). */
  public static String none(ExecutionContext jobContext) {
    return jobContext.containsKey(NONE_KEY) ? jobContext.getString(NONE_KEY) : null;
  }

  static void save(ExecutionContext jobContext, LocalDate date) {
    jobContext.putString(KEY, date.toString());
  }

  /**
   * @return the report date the {@code attribute} step chose
   * @throws IllegalStateException if the step has not run
   */
  public static LocalDate of(ExecutionContext jobContext) {
    if (!jobContext.containsKey(KEY)) {
      throw new IllegalStateException("no report date: the attribute step has not run");
    }
    return LocalDate.parse(jobContext.getString(KEY));
  }

  /** @return the report date the {@code attribute} step chose, or empty before it has run */
  public static Optional<LocalDate> find(ExecutionContext jobContext) {
    return jobContext.containsKey(KEY) ? Optional.of(LocalDate.parse(jobContext.getString(KEY)))
        : Optional.empty();
  }
}

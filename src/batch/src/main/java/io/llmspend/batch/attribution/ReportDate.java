package io.llmspend.batch.attribution;

import java.time.LocalDate;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The report date of a run, kept in the job's execution context for the later steps. */
public final class ReportDate {
  private static final String KEY = "report.date";

  private ReportDate() {}

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
}

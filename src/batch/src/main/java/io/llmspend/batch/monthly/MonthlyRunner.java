package io.llmspend.batch.monthly;

import io.llmspend.batch.run.BatchRun;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** Runs the monthly job once ({@link BatchRun}: locked, restartable) and tells the exit code. */
public final class MonthlyRunner {
  private MonthlyRunner() {}

  /**
   * @param month the month to write
   * @param db the DuckDB store
   * @param reports the reports folder; the workbook goes to {@code <reports>/monthly/}
   * @param config an extra Spring configuration file, or {@code null}
   * @return the process exit code ({@link io.llmspend.batch.run.ExitCodes})
   */
  public static int run(YearMonth month, Path db, Path reports, Path config) {
    return run(month, db, reports, config, false);
  }

  /**
   * As {@link #run(YearMonth, Path, Path, Path)}; with {@code reprice}, first re-prices the
   * month's calls with the configured price book (logged, recorded in {@code monthly_closes}).
   * A month without calls in the store is refused before the job starts: exit code {@link
   * io.llmspend.batch.run.ExitCodes#NO_DATA}, nothing written ({@link MonthHasCalls}).
   */
  public static int run(YearMonth month, Path db, Path reports, Path config, boolean reprice) {
    JobParametersBuilder parameters = new JobParametersBuilder();
    if (reprice) {
      parameters.addString("reprice", "true");
    }
    return BatchRun.run(MonthlyJobConfiguration.JOB, db, config, parameters
        .addString("month", month.toString())
        .addString("db", db.toAbsolutePath().normalize().toString())
        .addString("reports", reports.toAbsolutePath().normalize().toString())
        .addString("date", month.atEndOfMonth().toString())
        .toJobParameters(), Map.of(), new MonthHasCalls(month));
  }
}

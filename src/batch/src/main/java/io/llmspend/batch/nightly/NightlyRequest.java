package io.llmspend.batch.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The inputs of one nightly run.
 *
 * @param logs the request-log folders (at least one)
 * @param db the DuckDB store file
 * @param reports the reports folder; the run writes {@code <reports>/<date>/}
 * @param date the report date, or {@code null} for the last complete day in the data
 * @param config an extra Spring configuration file, or {@code null}
 * @param exports the provider exports folder, or {@code null} for none
 * @param failOnExceeded exit with code 6 when a hard budget is exceeded
 */
public record NightlyRequest(List<Path> logs, Path db, Path reports, LocalDate date, Path config,
    Path exports, boolean failOnExceeded) {
  /** A request without provider exports, not failing on budgets. */
  public NightlyRequest(List<Path> logs, Path db, Path reports, LocalDate date, Path config) {
    this(logs, db, reports, date, config, null, false);
  }

  public NightlyRequest {
    logs = List.copyOf(logs);
    if (logs.isEmpty() || db == null || reports == null) {
      throw new IllegalArgumentException("a nightly run needs logs, a store and a reports folder");
    }
  }
}

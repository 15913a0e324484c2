package io.llmspend.batch.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The figures of one nightly run, written to {@code <reports>/<date>/run-summary.json} for
 * monitoring. {@code read = loaded + quarantined + duplicates}, always. Money in USD.
 *
 * @param runId the run: numbered by the store ({@code run_keys}); a restart keeps it
 * @param reportDate the report date
 * @param status {@code COMPLETED} or {@code COMPLETED WITH SKIPS}
 * @param read lines read from the request logs (blank lines are not counted)
 * @param loaded calls newly loaded by this run
 * @param quarantined lines this run quarantined
 * @param quarantinedForReportDate lines quarantined for the report date by this run and by
 *     earlier runs for the same date (a re-run of a night that skips the files it already read):
 *     the rows of quarantine.csv; when above zero the run ends COMPLETED WITH SKIPS (exit 3)
 * @param duplicates calls already loaded (by this run or an earlier one)
 * @param inputTokens input tokens of the calls this run loaded
 * @param outputTokens output tokens of the calls this run loaded
 * @param unpricedCalls calls this run loaded whose model has no price
 * @param spendUsd spend of the calls this run loaded (unpriced calls excluded)
 * @param reportDateSpendUsd spend on the report date, all runs
 * @param monthToDateSpendUsd spend from the first of the month through the report date
 * @param seconds wall time of the run
 */
public record RunSummary(
    @JsonProperty("run_id") long runId,
    @JsonProperty("report_date") LocalDate reportDate,
    @JsonProperty("status") String status,
    @JsonProperty("read") long read,
    @JsonProperty("loaded") long loaded,
    @JsonProperty("quarantined") long quarantined,
    @JsonProperty("quarantined_for_report_date") long quarantinedForReportDate,
    @JsonProperty("duplicates") long duplicates,
    @JsonProperty("input_tokens") long inputTokens,
    @JsonProperty("output_tokens") long outputTokens,
    @JsonProperty("unpriced_calls") long unpricedCalls,
    @JsonProperty("spend_usd") BigDecimal spendUsd,
    @JsonProperty("report_date_spend_usd") BigDecimal reportDateSpendUsd,
    @JsonProperty("month_to_date_spend_usd") BigDecimal monthToDateSpendUsd,
    @JsonProperty("seconds") BigDecimal seconds) {

  /** Where the run leaves its summary paragraph in the job's execution context. */
  static final String CONTEXT_KEY = "summary.text";
  /** Where the run leaves its status ({@link #status}) in the job's execution context. */
  static final String STATUS_KEY = "summary.status";

  /** The one-paragraph summary printed at the end of a run. */
  public String paragraph() {
    return String.format(
        "llmspend nightly run %d for %s: %s. Read %,d lines: loaded %,d calls, quarantined %,d, "
            + "duplicates %,d.%s Loaded %,d input and %,d output tokens costing %s (%,d unpriced "
            + "calls not included). Spend on %s: %s; month to date: %s. Took %s s.",
        runId, reportDate, status, read, loaded, quarantined, duplicates, earlier(), inputTokens,
        outputTokens, usd(spendUsd), unpricedCalls, reportDate, usd(reportDateSpendUsd),
        usd(monthToDateSpendUsd), seconds.toPlainString());
  }

  /** The sentence on lines earlier runs quarantined for the date, or nothing. */
  private String earlier() {
    long earlier = quarantinedForReportDate - quarantined;
    return earlier <= 0 ? "" : String.format(" %,d line%s quarantined for %s by earlier runs "
        + "are listed in quarantine.csv.", earlier, earlier == 1 ? "" : "s", reportDate);
  }

  private static String usd(BigDecimal amount) {
    return String.format(java.util.Locale.ROOT, "$%,.2f",
        amount.setScale(2, RoundingMode.HALF_EVEN));
  }
}

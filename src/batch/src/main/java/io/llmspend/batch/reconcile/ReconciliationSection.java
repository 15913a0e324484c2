package io.llmspend.batch.reconcile;

import static io.llmspend.batch.report.ColumnKind.DATE;
import static io.llmspend.batch.report.ColumnKind.DECIMAL;
import static io.llmspend.batch.report.ColumnKind.INTEGER;
import static io.llmspend.batch.report.ColumnKind.TEXT;
import static io.llmspend.batch.report.ColumnKind.USD;

import io.llmspend.batch.report.ColumnKind;
import io.llmspend.batch.report.KeyValueRow;
import io.llmspend.batch.report.ReportColumn;
import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.report.ReportTable;
import io.llmspend.batch.report.SheetBuilder;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.estimate.Estimate;
import java.sql.SQLException;
import java.util.List;

/**
 * The reconciliation report: the Reconciliation sheet (day x provider x model, the difference
 * by cause), usage by API key, the token calibration, and the Summary line "our total vs billed
 * total" with the variance.
 */
final class ReconciliationSection implements ReportSection {
  private static final ReportColumn DAY = col("Day", "day", DATE);
  private static final ReportColumn PROVIDER = col("Provider", "provider", TEXT);
  private static final ReportColumn MODEL = col("Model", "model", TEXT);

  static final ReportTable RECONCILIATION = new ReportTable("reconciliation", "Reconciliation",
      List.of(DAY, PROVIDER, MODEL, col("Logged calls", "logged_calls", INTEGER),
          col("Provider requests", "provider_requests", INTEGER),
          col("Logged input tokens", "logged_input_tokens", INTEGER),
          col("Provider input tokens", "provider_input_tokens", INTEGER),
          col("Logged output tokens", "logged_output_tokens", INTEGER),
          col("Provider output tokens", "provider_output_tokens", INTEGER),
          col("Our cost", "our_cost_usd", USD), col("Billed", "billed_usd", USD),
          col("Difference", "difference_usd", USD),
          col("Logs never saw", "unlogged_usd", USD),
          col("Failed calls billed", "failed_calls_usd", USD),
          col("Token drift", "token_drift_usd", USD), col("Price drift", "price_drift_usd", USD),
          col("Outside tokens", "outside_tokens_usd", USD),
          col("Unexplained", "unexplained_usd", USD)),
      "Our cost (logs x price book) vs the provider's bill; Difference = billed - ours, by cause");

  static final ReportTable BY_KEY = new ReportTable("reconciliation_by_key", "Reconciliation by key",
      List.of(DAY, PROVIDER, MODEL, col("Project or workspace", "project_id", TEXT),
          col("API key", "api_key_id", TEXT),
          col("Logged calls", "logged_calls", INTEGER),
          col("Logged failed calls", "logged_failed_calls", INTEGER),
          col("Provider requests", "provider_requests", INTEGER),
          col("Logged input tokens", "logged_input_tokens", INTEGER),
          col("Provider input tokens", "provider_input_tokens", INTEGER),
          col("Logged cached input", "logged_cached_input_tokens", INTEGER),
          col("Provider cached input", "provider_cached_input_tokens", INTEGER),
          col("Logged cache writes", "logged_cache_write_tokens", INTEGER),
          col("Provider cache writes", "provider_cache_write_tokens", INTEGER),
          col("Logged output tokens", "logged_output_tokens", INTEGER),
          col("Provider output tokens", "provider_output_tokens", INTEGER),
          col("Our cost", "our_cost_usd", USD),
          col("Provider usage at our prices", "expected_cost_usd", USD),
          col("Cause", "cause", TEXT)));

  static final ReportTable CALIBRATION = new ReportTable("token_calibration", "Token calibration",
      List.of(PROVIDER, MODEL, col("Calls measured", "measured_calls", INTEGER),
          col("Provider input tokens", "provider_input_tokens", INTEGER),
          col("Our o200k estimate", "estimated_input_tokens", INTEGER),
          col("Ratio", "ratio", DECIMAL),
          col("Estimate-only calls", "estimated_only_calls", INTEGER),
          col("Their estimated input", "estimated_only_input_tokens", INTEGER),
          col("Calibrated input", "calibrated_input_tokens", INTEGER),
          col("Their cost", "estimated_only_cost_usd", USD),
          col("Calibrated cost", "calibrated_cost_usd", USD)),
      "Provider input tokens / our o200k_base estimate, on calls that have both");

  /** After spend (100), waste (200) and budgets (300). */
  @Override
  public int order() {
    return 500;
  }

  @Override
  public List<ReportTable> sheets() {
    return List.of(RECONCILIATION.withTotalRow().onSheet("Day", "Provider", "Model", "Our cost",
            "Billed", "Difference", "Logs never saw", "Failed calls billed", "Token drift",
            "Price drift", "Outside tokens", "Unexplained"),
        BY_KEY.withTotalRow().onSheet("Day", "Provider", "Model", "Project or workspace",
            "API key", "Logged calls", "Provider requests", "Our cost",
            "Provider usage at our prices", "Cause"),
        CALIBRATION.withTotalRow());
  }

  @Override
  public void summarize(SheetBuilder summary, DuckDbStore store) throws SQLException {
    store.query("report", "reconciliation_summary", rs -> {
      rs.next();
      summary.blankRow().title("Provider bill")
          .row(KeyValueRow.usd("Our total (days with a bill)", rs.getBigDecimal("our_total_usd")))
          .row(KeyValueRow.usd("Billed total", rs.getBigDecimal("billed_total_usd")))
          .row(KeyValueRow.percent("Variance (billed - ours) / billed",
              rs.getBigDecimal("variance")))
          .row(KeyValueRow.usd("Unexplained", rs.getBigDecimal("unexplained_usd")))
          .row(KeyValueRow.percent("Unexplained share of the bill",
              rs.getBigDecimal("unexplained_share")));
      return null;
    });
  }

  private static ReportColumn col(String header, String label, ColumnKind kind) {
    return new ReportColumn(header, label, kind);
  }
}

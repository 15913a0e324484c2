package io.llmspend.batch.budget;

import static io.llmspend.batch.report.ColumnKind.DATE;
import static io.llmspend.batch.report.ColumnKind.INTEGER;
import static io.llmspend.batch.report.ColumnKind.PERCENT;
import static io.llmspend.batch.report.ColumnKind.TEXT;
import static io.llmspend.batch.report.ColumnKind.USD;

import io.llmspend.batch.report.ColumnKind;
import io.llmspend.batch.report.Highlight;
import io.llmspend.batch.report.KeyValueRow;
import io.llmspend.batch.report.ReportColumn;
import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.report.ReportTable;
import io.llmspend.batch.report.SheetBuilder;
import io.llmspend.batch.report.WorkbookWriter;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.Enforcement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The Budgets sheet and {@code budgets.csv}, {@code alerts.csv}, the budget lines of the Summary,
 * green/amber/red rows by status and a chart of spend against budget for the largest budgets.
 */
final class BudgetReportSection implements ReportSection {
  static final String STATUS = "Status";

  static final ReportTable BUDGETS = new ReportTable("budgets", "Budgets", List.of(
      col("Budget", "budget", TEXT), col("Scope", "scope", TEXT), col("Member", "member", TEXT),
      col("Period", "period", TEXT), col("Period start", "period_start", DATE),
      col("Period end", "period_end", DATE), col("Limit", "limit_usd", USD),
      col("Spent", "spent_usd", USD), col("Remaining", "remaining_usd", USD),
      col("Percent used", "percent_used", PERCENT), col(STATUS, "status", TEXT),
      col("Threshold reached (%)", "threshold_reached_pct", INTEGER),
      col("Forecast to period end", "forecast_usd", USD),
      col("Forecast percent", "forecast_percent", PERCENT),
      col("Projected breach date", "projected_breach_date", DATE),
      col("Exceeded on", "exceeded_on", DATE), col("Enforcement", "enforcement", TEXT),
      col("Owner", "owner", TEXT), col("Unpriced calls", "unpriced_calls", INTEGER),
      col("Live spent before correction", "live_spent_usd", USD),
      col("Live drift", "live_drift_usd", USD)),
      "Budgets: spend in the current period through the report date");

  /**
   * The sheet: the columns a budget owner reads; budgets.csv has them all, the live counter's
   * drift from the true spend too (empty without live budgets).
   */
  static final ReportTable ON_SHEET = BUDGETS.onSheet("Budget", "Member", "Period", "Limit",
      "Spent", "Remaining", "Percent used", STATUS, "Forecast to period end",
      "Projected breach date", "Owner");

  static final ReportTable ALERTS = new ReportTable("alerts", "Budget alerts", List.of(
      col("Budget", "budget", TEXT), col("Member", "member", TEXT),
      col("Period start", "period_start", DATE), col("Alert", "alert", TEXT),
      col("Threshold (%)", "threshold_pct", INTEGER), col("Spent", "spent_usd", USD),
      col("Limit", "limit_usd", USD), col("Percent used", "percent_used", PERCENT),
      col("Enforcement", "enforcement", TEXT), col("Owner", "owner", TEXT)));

  @Override
  public int order() {
    return 300;
  }

  @Override
  public List<ReportTable> sheets() {
    return List.of(ON_SHEET);
  }

  @Override
  public List<ReportTable> csvOnly() {
    return List.of(ALERTS);
  }

  @Override
  public void summarize(SheetBuilder summary, DuckDbStore store) throws SQLException {
    store.query("report", "budget_summary", rows -> {
      rows.next();
      summary.blankRow().title("Budgets")
          .row(KeyValueRow.integer("Budget members", rows.getLong("members")))
          .row(KeyValueRow.integer("Exceeded", rows.getLong("exceeded")))
          .row(KeyValueRow.integer("Exceeded, hard budgets", rows.getLong("hard_exceeded")))
          .row(KeyValueRow.integer("At a warning threshold", rows.getLong("warnings")))
          .row(KeyValueRow.integer("Projected to exceed this period",
              rows.getLong("projected_breaches")))
          .row(KeyValueRow.integer("Alerts since the last run", rows.getLong("alerts")));
      return null;
    });
  }

  @Override
  public void decorate(WorkbookWriter workbook, DuckDbStore store) throws SQLException {
    workbook.highlightRows(ON_SHEET, STATUS, Map.of(Evaluation.OK, Highlight.GREEN,
        Evaluation.WARNING, Highlight.AMBER, Evaluation.EXCEEDED, Highlight.RED));
    BudgetChart.draw(workbook, ON_SHEET, store);
  }

  private static ReportColumn col(String header, String source, ColumnKind kind) {
    return new ReportColumn(header, source, kind);
  }
}

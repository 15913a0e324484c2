package io.llmspend.batch.monthly;

import static io.llmspend.batch.report.ColumnKind.DATE;
import static io.llmspend.batch.report.ColumnKind.INTEGER;
import static io.llmspend.batch.report.ColumnKind.PERCENT;
import static io.llmspend.batch.report.ColumnKind.TEXT;
import static io.llmspend.batch.report.ColumnKind.USD;
import static io.llmspend.batch.report.ReportColumn.UNPRICED_CALLS;

import io.llmspend.batch.report.BarChart;
import io.llmspend.batch.report.ColumnKind;
import io.llmspend.batch.report.KeyValueRow;
import io.llmspend.batch.report.ReportColumn;
import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.report.ReportTable;
import io.llmspend.batch.report.SheetBuilder;
import io.llmspend.batch.report.WorkbookWriter;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.budget.Budget;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly sheets read from other features' tables (budget_status, recommendations,
 * provider_costs and reconciliation): budget vs actual (order 300, with its chart), savings
 * identified and realized (400), reconciliation to the provider bill (500). Budgets overlap (a
 * team budget is inside the company budget), so Budget vs actual has no Total row; the other
 * money tables have one.
 */
final class MonthlyFeatureSections {
  static final ReportTable BUDGET = new ReportTable("monthly_budget_vs_actual",
      "Budget vs actual", List.of(col("Name", "budget", TEXT), col("Scope", "scope", TEXT),
      col("Member", "member", TEXT), col("As of", "as_of", DATE),
      col("Budget", "budget_usd", USD), col("Actual", "actual_usd", USD),
      col("Variance", "variance_usd", USD), col("Used", "percent_used", PERCENT),
      col("Status", "status", TEXT), col("Owner", "owner", TEXT)),
      "Monthly budgets as the month's last nightly run saw them; variance = budget - actual");
  static final ReportTable SAVINGS_IDENTIFIED = new ReportTable("monthly_savings_identified",
      "Savings identified", List.of(col("Kind", "kind", TEXT), col("Team", "team", TEXT),
      col("Function", "function", TEXT), col("Provider", "provider", TEXT),
      col("Model", "model", TEXT), col("As of", "as_of", DATE),
      col("Confidence", "confidence", TEXT),
      col("Savings per month", "savings_per_month_usd", USD),
      col("Stand-alone savings per month", "standalone_per_month_usd", USD),
      col("Fix", "fix", TEXT)),
      "Waste findings of the month's latest report date, each call counted once");
  static final ReportTable SAVINGS_REALIZED = new ReportTable("monthly_savings_realized",
      "Savings realized", List.of(col("Kind", "kind", TEXT), col("Team", "team", TEXT),
      col("Function", "function", TEXT), col("Model", "model", TEXT),
      col("Flagged on", "flagged_on", DATE), col("Flagged per month", "flagged_usd", USD),
      col("Now per month", "now_usd", USD), col("Status", "status", TEXT),
      col("Realized per month", "realized_usd", USD)),
      "Previous month's findings now: realized = flagged - now (0 when gone), never below 0");
  /**
   * Every provider with calls or a bill in the month: the month's spend (priced calls; the sheet
   * counts the unpriced ones with it, never as $0), and on the days it billed, the nightly
   * reconciliation's breakdown summed (sql/report/monthly_provider_bill.sql).
   */
  static final ReportTable PROVIDER_BILL = new ReportTable("monthly_provider_bill",
      "Provider bill", List.of(col("Provider", "provider", TEXT),
      col("Billed days", "billed_days", TEXT), col("Calls", "calls", INTEGER),
      col("Unpriced calls", "unpriced_calls", INTEGER),
      col("Our spend in the month", "spend_usd", USD).countingUnpriced(UNPRICED_CALLS),
      col("First billed day", "first_day", DATE), col("Last billed day", "last_day", DATE),
      col("Our cost on billed days", "our_cost_usd", USD), col("Billed", "billed_usd", USD),
      col("Difference", "difference_usd", USD), col("Logs never saw", "unlogged_usd", USD),
      col("Failed calls billed", "failed_calls_usd", USD),
      col("Token drift", "token_drift_usd", USD), col("Price drift", "price_drift_usd", USD),
      col("Outside tokens", "outside_tokens_usd", USD),
      col("Unexplained", "unexplained_usd", USD), col("Variance", "variance", PERCENT)),
      "Difference = Billed - Our cost on billed days, by cause; Variance = Difference / Billed");

  private MonthlyFeatureSections() {}

  static ReportSection budgets() {
    return new Section(300, List.of(BUDGET)) {
      @Override
      public void decorate(WorkbookWriter workbook, DuckDbStore store) throws SQLException {
        budgetChart(workbook, store);
      }
    };
  }

  static ReportSection savings() {
    return new Section(400, List.of(SAVINGS_IDENTIFIED.withTotalRow().onSheet("Kind", "Team",
        "Function", "Model", "Confidence", "Savings per month", "Fix"),
        SAVINGS_REALIZED.withTotalRow().whenEmpty("Nothing to follow up: no finding in the "
            + "previous month, no response-cache hit this month"))) {
      @Override
      public void summarize(SheetBuilder cover, DuckDbStore store) throws SQLException {
        savingsLines(cover, store);
      }
    };
  }

  /** The Cover's savings identified (each call counted once) and share of spend. */
  private static void savingsLines(SheetBuilder cover, DuckDbStore store) throws SQLException {
    store.query("report", "monthly_savings_summary", r -> {
      r.next();
      cover.blankRow().title("Savings identified");
      if (r.getObject("as_of") == null) {
        cover.row(KeyValueRow.text("Savings identified, per month", "no detection this month"));
        return null;
      }
      cover.row(KeyValueRow.usd("Savings identified, per month",
              r.getBigDecimal("savings_per_month_usd")))
          .row(KeyValueRow.percent("Share of spend", r.getBigDecimal("share_of_spend")))
          .row(KeyValueRow.text("As of", r.getObject("as_of", LocalDate.class)
              + ", each call counted once"));
      return null;
    });
  }

  static ReportSection providerBill() {
    return new Section(500, List.of(PROVIDER_BILL.withTotalRow().onSheet("Provider",
        "Billed days", "Our spend in the month", "Our cost on billed days", "Billed", "Difference",
        "Logs never saw", "Failed calls billed", "Token drift", "Price drift", "Outside tokens",
        "Unexplained", "Variance")));
  }

  private static void budgetChart(WorkbookWriter workbook, DuckDbStore store)
      throws SQLException {
    List<String> labels = new ArrayList<>();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("Budget", new ArrayList<>());
    series.put("Actual", new ArrayList<>());
    store.query("report", BUDGET.stem(), rows -> {
      while (rows.next()) {
        labels.add(rows.getString("label"));
        series.get("Budget").add(rows.getBigDecimal("budget_usd"));
        series.get("Actual").add(rows.getBigDecimal("actual_usd"));
      }
      return null;
    });
    if (!labels.isEmpty()) {
      workbook.addBarChart(BUDGET, new BarChart("Monthly budgets: budget and actual", labels,
          series, ColumnKind.USD));
    }
  }

  private static ReportColumn col(String header, String label, ColumnKind kind) {
    return new ReportColumn(header, label, kind);
  }

  /** A section of fixed tables at an order. */
  private static class Section implements ReportSection {
    private final int order;
    private final List<ReportTable> sheets;

    Section(int order, List<ReportTable> sheets) {
      this.order = order;
      this.sheets = sheets;
    }

    @Override
    public int order() {
      return order;
    }

    @Override
    public List<ReportTable> sheets() {
      return sheets;
    }
  }
}

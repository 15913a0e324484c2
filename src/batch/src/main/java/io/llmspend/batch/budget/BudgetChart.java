package io.llmspend.batch.budget;

import io.llmspend.batch.report.BarChart;
import io.llmspend.batch.report.ColumnKind;
import io.llmspend.batch.report.ReportTable;
import io.llmspend.batch.report.WorkbookWriter;
import io.llmspend.batch.store.DuckDbStore;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The chart of spend, limit and forecast of the largest budgets ({@code report/budget_chart}). */
final class BudgetChart {
  private BudgetChart() {}

  static void draw(WorkbookWriter workbook, ReportTable table, DuckDbStore store)
      throws SQLException {
    List<String> labels = new ArrayList<>();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("Spent", new ArrayList<>());
    series.put("Limit", new ArrayList<>());
    series.put("Forecast to period end", new ArrayList<>());
    store.query("report", "budget_chart", rows -> {
      while (rows.next()) {
        labels.add(rows.getString("label"));
        series.get("Spent").add(rows.getBigDecimal("spent_usd"));
        series.get("Limit").add(rows.getBigDecimal("limit_usd"));
        series.get("Forecast to period end").add(rows.getBigDecimal("forecast_usd"));
      }
      return null;
    });
    if (!labels.isEmpty()) {
      workbook.addBarChart(table, new BarChart("Spend against budget, largest budgets", labels,
          series, ColumnKind.USD));
    }
  }
}

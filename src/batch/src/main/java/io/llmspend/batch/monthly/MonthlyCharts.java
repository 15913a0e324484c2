package io.llmspend.batch.monthly;

import io.llmspend.batch.report.ChartSheet;
import io.llmspend.batch.store.DuckDbStore;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The Charts sheet of the monthly workbook: spend by day and spend by team, in USD. */
final class MonthlyCharts {
  private MonthlyCharts() {}

  static void draw(ChartSheet sheet, DuckDbStore store) throws SQLException {
    bars(sheet, store, "monthly_by_day", "day", "Spend by day");
    bars(sheet, store, "monthly_by_team", "team", "Spend by team");
  }

  private static void bars(ChartSheet sheet, DuckDbStore store, String table, String label,
      String title) throws SQLException {
    List<String> categories = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    store.query("report", table, rows -> {
      while (rows.next()) {
        categories.add(rows.getString(label));
        values.add(rows.getBigDecimal("spend_usd"));
      }
      return null;
    });
    if (!categories.isEmpty()) {
      sheet.bars(title, categories, values, "USD");
    }
  }
}

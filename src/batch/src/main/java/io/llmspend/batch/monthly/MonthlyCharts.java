package io.llmspend.batch.monthly;

import io.llmspend.batch.report.ChartSheet;
import io.llmspend.batch.report.ReportTable;
import io.llmspend.batch.report.RowHook;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Charts sheet of the monthly workbook: spend by day and spend by team, in USD, from the rows
 * of {@code monthly_by_day} and {@code monthly_by_team} as their tables are written ({@link
 * #keep}). Not thread-safe; one per workbook.
 */
final class MonthlyCharts {
  private final Bars byDay = new Bars("day", "Spend by day");
  private final Bars byTeam = new Bars("team", "Spend by team");

  /** What the charts keep of {@code table}'s rows while they are written. */
  RowHook keep(ReportTable table) {
    return switch (table.stem()) {
      case "monthly_by_day" -> byDay;
      case "monthly_by_team" -> byTeam;
      default -> current -> {};
    };
  }

  /** Draws the charts of the tables that had rows, once every table is written. */
  void draw(ChartSheet sheet) {
    byDay.draw(sheet);
    byTeam.draw(sheet);
  }

  /** One bar per row: the label column and {@code spend_usd}. */
  private static final class Bars implements RowHook {
    private final String label;
    private final String title;
    private final List<String> categories = new ArrayList<>();
    private final List<BigDecimal> values = new ArrayList<>();

    Bars(String label, String title) {
      this.label = label;
      this.title = title;
    }

    @Override
    public void row(ResultSet current) throws SQLException {
      categories.add(current.getString(label));
      values.add(current.getBigDecimal("spend_usd"));
    }

    void draw(ChartSheet sheet) {
      if (!categories.isEmpty()) {
        sheet.bars(title, categories, values, "USD");
      }
    }
  }
}

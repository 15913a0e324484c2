package io.llmspend.batch.report;

import io.llmspend.batch.store.DuckDbStore;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The Summary sheet, for finance to read in ten seconds: spend on the report date, month to
 * date and over the last 7 days, volume, unpriced calls, and the top functions and teams.
 */
final class SummarySheet {
  private static final int TOP = 5;
  private static final List<ReportColumn> TOP_FUNCTIONS = List.of(
      ReportCatalog.BY_FUNCTION.columns().get(1), ReportCatalog.BY_FUNCTION.columns().get(0),
      ReportCatalog.SPEND_MTD, ReportCatalog.SHARE, ReportCatalog.CALLS);
  private static final List<ReportColumn> TOP_TEAMS = List.of(
      ReportCatalog.BY_TEAM.columns().get(0), ReportCatalog.BY_TEAM.columns().get(1),
      ReportCatalog.SPEND_MTD, ReportCatalog.SHARE, ReportCatalog.CALLS);
  private final DuckDbStore store;
  private final List<ReportSection> sections;
  private final TopRows functions = new TopRows("Summary", TOP_FUNCTIONS, TOP);
  private final TopRows teams = new TopRows("Summary", TOP_TEAMS, TOP);

  SummarySheet(DuckDbStore store, List<ReportSection> sections) {
    this.store = store;
    this.sections = sections;
  }

  /**
   * What the Summary keeps of {@code table}'s rows while they are written (the top functions and
   * teams come from the same run of {@code by_function} and {@code by_team} as their sheets).
   */
  RowHook keep(ReportTable table) {
    if (table.stem().equals(ReportCatalog.BY_FUNCTION.stem())) {
      return functions;
    }
    return table.stem().equals(ReportCatalog.BY_TEAM.stem()) ? teams : current -> {};
  }

  /** Fills the sheet, once every table is written. */
  void write(SheetBuilder sheet) throws SQLException {
    store.query("report", "summary", rows -> {
      rows.next();
      figures(sheet, rows);
      return null;
    });
    sheet.blankRow().title("Top functions, month to date");
    sheet.table(TOP_FUNCTIONS, functions.rows());
    sheet.blankRow().title("Top teams, month to date");
    sheet.table(TOP_TEAMS, teams.rows());
    for (ReportSection section : sections) {
      section.summarize(sheet, store);
    }
  }

  private static void figures(SheetBuilder sheet, ResultSet r) throws SQLException {
    LocalDate date = r.getObject("report_date", LocalDate.class);
    sheet.title("LLM spend, " + date)
        .row(KeyValueRow.date("Report date", date))
        .row(KeyValueRow.usd("Spend on report date", money(r, "spend_report_date_usd")))
        .row(KeyValueRow.usd("Spend month to date", money(r, "spend_month_to_date_usd")))
        .row(KeyValueRow.usd("Spend, last 7 days", money(r, "spend_last_7_days_usd")))
        .row(KeyValueRow.integer("Days with data this month", r.getLong("days_with_data")))
        .row(KeyValueRow.integer("Calls month to date", r.getLong("calls_month_to_date")))
        .row(KeyValueRow.integer("Tokens month to date", r.getLong("tokens_month_to_date")))
        .row(KeyValueRow.integer("Unpriced calls month to date",
            r.getLong("unpriced_calls_month_to_date")))
        .row(KeyValueRow.text("Note", "unpriced calls are not in spend: see Data quality"));
  }

  private static BigDecimal money(ResultSet r, String column) throws SQLException {
    return r.getBigDecimal(column);
  }
}

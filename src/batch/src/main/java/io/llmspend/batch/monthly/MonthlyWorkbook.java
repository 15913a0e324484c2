package io.llmspend.batch.monthly;

import static io.llmspend.batch.report.ColumnKind.DATE;
import static io.llmspend.batch.report.ColumnKind.INTEGER;
import static io.llmspend.batch.report.ColumnKind.TEXT;
import static io.llmspend.batch.report.ColumnKind.USD;

import io.llmspend.batch.report.ChartSheet;
import io.llmspend.batch.report.ColumnKind;
import io.llmspend.batch.report.KeyValueRow;
import io.llmspend.batch.report.ReportColumn;
import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.report.ReportTable;
import io.llmspend.batch.report.ReportTableWriter;
import io.llmspend.batch.report.SheetBuilder;
import io.llmspend.batch.report.WorkbookWriter;
import io.llmspend.batch.store.DuckDbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Writes {@code <reports>/monthly/llmspend-YYYY-MM.xlsx} (Cover, Charts, then each section's
 * sheets) and one CSV per table, plus {@code monthly_cover.csv}, in {@code
 * <reports>/monthly/YYYY-MM/}. Each query runs once: a table's CSV file, its sheet and its chart
 * come from the same rows.
 */
final class MonthlyWorkbook {
  /** The Cover figures as a one-row CSV. */
  static final ReportTable COVER = new ReportTable("monthly_cover", "Cover", List.of(
      col("Month start", "month_start", DATE), col("Month end", "month_end", DATE),
      col("Run id", "run_id", INTEGER), col("Price book version", "price_book_version", TEXT),
      col("Spend", "spend_usd", USD), col("Calls", "calls", INTEGER),
      col("Days with data", "days_with_data", INTEGER),
      col("Days in month", "days_in_month", INTEGER),
      col("Unpriced calls", "unpriced_calls", INTEGER),
      col("Recount calls", "recount_calls", INTEGER),
      col("Untagged calls", "untagged_calls", INTEGER),
      col("Untagged spend", "untagged_spend_usd", USD),
      col("Quarantined lines", "quarantined_lines", INTEGER)));
  private final DuckDbStore store;
  private final List<ReportSection> sections;

  MonthlyWorkbook(DuckDbStore store, List<ReportSection> sections) {
    this.store = store;
    this.sections = sections;
  }

  /** @return the workbook file */
  Path write(Path reportsRoot, YearMonth month) throws SQLException, IOException {
    Path monthly = Files.createDirectories(reportsRoot.resolve("monthly"));
    Path dir = Files.createDirectories(monthly.resolve(month.toString()));
    ReportTableWriter tables = new ReportTableWriter(store, dir);
    Path file = monthly.resolve("llmspend-" + month + ".xlsx");
    try (WorkbookWriter writer = new WorkbookWriter(file)) {
      SheetBuilder cover = writer.addSheet("Cover");
      tables.writeCsv(COVER, rows -> cover(cover, rows));
      for (ReportSection section : sections) {
        section.summarize(cover, store);
      }
      ChartSheet chartSheet = writer.addChartSheet("Charts"); // second, drawn once tables are read
      MonthlyCharts charts = new MonthlyCharts();
      for (ReportSection section : sections) {
        for (ReportTable table : section.sheets()) {
          tables.write(table, writer, charts.keep(table));
        }
      }
      charts.draw(chartSheet);
      for (ReportSection section : sections) {
        section.decorate(writer, store);
      }
      writer.save();
    }
    return file;
  }

  private static ReportColumn col(String header, String label, ColumnKind kind) {
    return new ReportColumn(header, label, kind);
  }

  /** The Cover from the one row of {@code monthly_cover}, the row its CSV file has. */
  private static void cover(SheetBuilder sheet, ResultSet r) throws SQLException {
    LocalDate start = r.getObject("month_start", LocalDate.class);
    sheet.title("LLM spend, " + YearMonth.from(start))
        .row(KeyValueRow.text("Period", start + " to " + r.getObject("month_end", LocalDate.class)))
        .row(KeyValueRow.integer("Run id", r.getLong("run_id")))
        .row(KeyValueRow.text("Price book version", r.getString("price_book_version")))
        .row(KeyValueRow.usd("Spend", r.getBigDecimal("spend_usd")))
        .row(KeyValueRow.integer("Calls", r.getLong("calls")))
        .blankRow().title("Data completeness")
        .row(KeyValueRow.text("Days with data", r.getLong("days_with_data") + " of "
            + r.getLong("days_in_month") + (r.getObject("first_day") == null ? ""
            : " (" + r.getObject("first_day") + " to " + r.getObject("last_day") + ")")))
        .row(KeyValueRow.integer("Unpriced calls (not in spend)", r.getLong("unpriced_calls")))
        .row(KeyValueRow.integer("Calls priced from a re-count", r.getLong("recount_calls")))
        .row(KeyValueRow.integer("Calls with no team", r.getLong("untagged_calls")))
        .row(KeyValueRow.usd("Spend with no team", r.getBigDecimal("untagged_spend_usd")))
        .row(KeyValueRow.integer("Lines quarantined by the month's runs",
            r.getLong("quarantined_lines")))
        .row(KeyValueRow.text("Note", "see Data quality before trusting the totals"));
  }
}

package io.llmspend.batch.detect;

import static io.llmspend.batch.report.ColumnKind.INTEGER;
import static io.llmspend.batch.report.ColumnKind.TEXT;
import static io.llmspend.batch.report.ColumnKind.USD;
import static io.llmspend.batch.report.ColumnKind.USD_PRECISE;

import io.llmspend.batch.report.ColumnKind;
import io.llmspend.batch.report.KeyValueRow;
import io.llmspend.batch.report.ReportColumn;
import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.report.ReportTable;
import io.llmspend.batch.report.SheetBuilder;
import io.llmspend.batch.store.DuckDbStore;
import java.sql.SQLException;
import java.util.List;

/**
 * The Recommendations sheet and {@code recommendations.csv} (query {@code
 * sql/report/recommendations.sql}), and the Summary lines: savings identified per month (each
 * call counted once) and its share of spend, days observed and the top five findings.
 */
final class RecommendationsSection implements ReportSection {
  private static final int TOP = 5;
  static final ReportColumn ID = col("Id", "id", TEXT);
  static final ReportColumn KIND = col("Kind", "kind", TEXT);
  static final ReportColumn FUNCTION = col("Function", "function", TEXT);
  /** The finding's part of the savings identified, each call counted once (docs/detect.md). */
  static final ReportColumn MONTHLY = col("Savings per month", "counted_per_month_usd", USD);
  static final ReportColumn STANDALONE = col("Stand-alone savings per month",
      "savings_per_month_usd", USD);
  static final ReportColumn FIX = col("Fix", "fix", TEXT);
  static final ReportColumn TEAM = col("Team", "team", TEXT);

  static final ReportTable RECOMMENDATIONS = new ReportTable("recommendations", "Recommendations",
      List.of(col("Rank", "rank", INTEGER), ID, KIND, TEAM, FUNCTION,
          col("Provider", "provider", TEXT), col("Model", "model", TEXT), MONTHLY, STANDALONE,
          col("Stand-alone savings over observed days", "savings_observed_usd", USD_PRECISE),
          col("Observed days", "observed_days", INTEGER),
          col("Days in month", "days_in_month", INTEGER),
          col("Confidence", "confidence", TEXT), FIX, col("Formula", "formula", TEXT),
          col("Evidence", "evidence", TEXT), col("Calls", "calls", INTEGER),
          col("Tokens", "tokens", INTEGER),
          col("Example request ids", "example_request_ids", TEXT),
          col("Prompt hash", "prompt_hash", TEXT), col("Prompt excerpt", "excerpt", TEXT)),
      "Waste findings, largest stand-alone savings first; each call counted once");

  /** After the spend section. */
  @Override
  public int order() {
    return 200;
  }

  @Override
  public List<ReportTable> sheets() {
    return List.of(RECOMMENDATIONS.onSheet("Rank", ID.header(), KIND.header(), TEAM.header(),
        FUNCTION.header(), "Model", MONTHLY.header(), "Confidence", FIX.header()));
  }

  @Override
  public void summarize(SheetBuilder summary, DuckDbStore store) throws SQLException {
    store.query("report", "recommendations_summary", rows -> {
      rows.next();
      summary.blankRow().title("Savings identified")
          .row(KeyValueRow.usd("Savings identified, per month",
              rows.getBigDecimal("savings_per_month_usd")))
          .row(KeyValueRow.percent("Share of spend", rows.getBigDecimal("share_of_spend")))
          .row(KeyValueRow.text("Counted", "each call once, for the finding that saves most on"
              + " it; the findings' stand-alone savings overlap and add up to "
              + RecommendationsMarkdown.cents(rows.getBigDecimal("standalone_per_month_usd")) + " per month"))
          .row(KeyValueRow.integer("Findings to act on", rows.getLong("findings")))
          .row(KeyValueRow.integer("Findings with too little evidence (CSV only)",
              rows.getLong("low_evidence_findings")))
          .row(KeyValueRow.integer("Days observed this month", rows.getLong("observed_days")))
          .row(KeyValueRow.text("Details", "Recommendations sheet, recommendations.md"));
      return null;
    });
    summary.blankRow().title("Top findings");
    store.query("report", "recommended",
        rows -> summary.table(List.of(ID, KIND, TEAM, FUNCTION, STANDALONE, MONTHLY), rows,
            TOP));
  }

  private static ReportColumn col(String header, String label, ColumnKind kind) {
    return new ReportColumn(header, label, kind);
  }
}

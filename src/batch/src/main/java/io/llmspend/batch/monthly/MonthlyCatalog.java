package io.llmspend.batch.monthly;

import static io.llmspend.batch.report.ColumnKind.DATE;
import static io.llmspend.batch.report.ColumnKind.INTEGER;
import static io.llmspend.batch.report.ColumnKind.PERCENT;
import static io.llmspend.batch.report.ColumnKind.TEXT;
import static io.llmspend.batch.report.ColumnKind.USD;
import static io.llmspend.batch.report.ReportColumn.UNPRICED_CALLS;

import io.llmspend.batch.report.ColumnKind;
import io.llmspend.batch.report.ReportColumn;
import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.report.ReportTable;
import java.util.List;

/** The spend tables of the monthly workbook (order 100), each with a Total row. */
final class MonthlyCatalog implements ReportSection {
  /** What a sheet shows for a month without a single call, where $0.00 would mislead. */
  static final String NO_DATA = "no data";
  static final ReportColumn SPEND = col("Spend", "spend_usd", USD);
  static final ReportColumn SPEND_COUNTING_UNPRICED = SPEND.countingUnpriced(UNPRICED_CALLS);
  static final ReportColumn SHARE = col("Share of spend", "share_of_spend", PERCENT);
  static final ReportColumn CALLS = col("Calls", "calls", INTEGER);
  static final ReportColumn INPUT = col("Input tokens", "input_tokens", INTEGER);
  static final ReportColumn OUTPUT = col("Output tokens", "output_tokens", INTEGER);
  static final ReportColumn UNPRICED = col("Unpriced calls", UNPRICED_CALLS, INTEGER);
  static final ReportColumn TEAM = col("Team", "team", TEXT);

  static final ReportTable BY_COST_CENTER = new ReportTable("monthly_by_cost_center",
      "By cost center", List.of(col("Cost center", "cost_center", TEXT),
      col("Teams", "teams", TEXT), col("Direct spend", "direct_usd", USD),
      col("Allocated untagged spend", "allocated_usd", USD),
      col("Charged", "charged_usd", USD), SHARE),
      "Chargeback: direct spend of each cost center's teams plus its share of untagged spend");
  static final ReportTable BY_TEAM = new ReportTable("monthly_by_team", "By team", List.of(
      TEAM, col("Cost center", "cost_center", TEXT), SPEND_COUNTING_UNPRICED, SHARE, CALLS,
      INPUT, OUTPUT, UNPRICED), "Showback by team");
  static final ReportTable BY_FUNCTION = new ReportTable("monthly_by_function", "By function",
      List.of(TEAM, col("Function", "function", TEXT), SPEND_COUNTING_UNPRICED, SHARE, CALLS,
          INPUT, OUTPUT, UNPRICED));
  static final ReportTable BY_MODEL = new ReportTable("monthly_by_model", "By model", List.of(
      col("Provider", "provider", TEXT), col("Model", "model", TEXT), SPEND_COUNTING_UNPRICED,
      CALLS, INPUT, col("Cached input tokens", "cached_input_tokens", INTEGER), OUTPUT,
      col("Input spend", "input_spend_usd", USD).countingUnpriced(UNPRICED_CALLS),
      col("Output spend", "output_spend_usd", USD).countingUnpriced(UNPRICED_CALLS),
      UNPRICED));
  static final ReportTable BY_DAY = new ReportTable("monthly_by_day", "By day", List.of(
      col("Day", "day", DATE), CALLS, col("Tokens", "tokens", INTEGER), SPEND_COUNTING_UNPRICED,
      UNPRICED));
  static final ReportTable CHANGE = new ReportTable("monthly_change", "Month over month",
      List.of(TEAM, SPEND,
          col("Previous month", "previous_month_spend_usd", USD).whenEmpty(NO_DATA),
          col("Change", "change_usd", USD).whenEmpty(NO_DATA),
          col("Change %", "change_percent", PERCENT)));
  static final ReportTable DATA_QUALITY = new ReportTable("monthly_data_quality",
      "Data quality", List.of(col("Issue", "issue", TEXT), col("Item", "item", TEXT), CALLS,
      col("Tokens", "tokens", INTEGER), col("Detail", "detail", TEXT)),
      "Check before trusting the totals: unpriced calls are counted, never summed as $0");

  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<ReportTable> sheets() {
    return List.of(BY_COST_CENTER.withTotalRow(), BY_TEAM.withTotalRow(),
        BY_FUNCTION.withTotalRow(), BY_MODEL.withTotalRow(), BY_DAY.withTotalRow(),
        CHANGE.withTotalRow(), DATA_QUALITY);
  }

  private static ReportColumn col(String header, String label, ColumnKind kind) {
    return new ReportColumn(header, label, kind);
  }
}

package io.llmspend.batch.report;

import static io.llmspend.batch.report.ColumnKind.DATE;
import static io.llmspend.batch.report.ColumnKind.INTEGER;
import static io.llmspend.batch.report.ColumnKind.PERCENT;
import static io.llmspend.batch.report.ColumnKind.TEXT;
import static io.llmspend.batch.report.ColumnKind.USD;
import static io.llmspend.batch.report.ColumnKind.USD_PRECISE;
import static io.llmspend.batch.report.ReportColumn.UNPRICED_CALLS;

import java.util.List;

/**
 * The spend report tables: each is the query {@code sql/report/<stem>.sql}, written to
 * {@code <stem>.csv} and, unless CSV-only, to a sheet of the workbook, in this order.
 */
final class ReportCatalog implements ReportSection {

  static final ReportColumn SPEND_DATE = col("Spend on report date", "spend_report_date_usd", USD)
      .countingUnpriced("unpriced_calls_report_date");
  static final ReportColumn SPEND_MTD = col("Spend month to date", "spend_month_to_date_usd", USD)
      .countingUnpriced(UNPRICED_CALLS);
  static final ReportColumn CALLS = col("Calls", "calls", INTEGER);
  static final ReportColumn INPUT = col("Input tokens", "input_tokens", INTEGER);
  static final ReportColumn OUTPUT = col("Output tokens", "output_tokens", INTEGER);
  static final ReportColumn UNPRICED = col("Unpriced calls", UNPRICED_CALLS, INTEGER);
  static final ReportColumn SHARE = col("Share of spend", "share_of_spend", PERCENT);

  static final ReportColumn TEAM = col("Team", "team", TEXT);

  static final ReportTable BY_TEAM = new ReportTable("by_team", "By team", List.of(
      TEAM, col("Functions", "functions", TEXT), SPEND_DATE, SPEND_MTD, SHARE, CALLS, INPUT,
      OUTPUT, UNPRICED));

  static final ReportTable BY_FUNCTION = new ReportTable("by_function", "By function", List.of(
      col("Team", "team", TEXT), col("Function", "function", TEXT), SPEND_DATE, SPEND_MTD, SHARE,
      CALLS, INPUT, OUTPUT, col("Cost per call", "cost_per_call_usd", USD_PRECISE),
      col("System prompt spend", "system_prompt_spend_usd", USD),
      col("System prompt share of input spend (re-counted calls)",
          "system_prompt_share_of_input_spend", PERCENT),
      UNPRICED));

  static final ReportTable BY_USER = new ReportTable("by_user", "By user", List.of(
      col("User", "user", TEXT), col("Teams", "teams", TEXT), SPEND_DATE, SPEND_MTD, CALLS,
      INPUT, OUTPUT, UNPRICED));

  static final ReportTable BY_MODEL = new ReportTable("by_model", "By model", List.of(
      col("Provider", "provider", TEXT), col("Model", "model", TEXT), SPEND_DATE, SPEND_MTD,
      CALLS, INPUT, col("Cached input tokens", "cached_input_tokens", INTEGER),
      col("Cache write tokens", "cache_write_tokens", INTEGER), OUTPUT,
      col("Reasoning tokens", "reasoning_tokens", INTEGER),
      col("Input spend", "input_spend_usd", USD).countingUnpriced(UNPRICED_CALLS),
      col("Output spend", "output_spend_usd", USD).countingUnpriced(UNPRICED_CALLS), UNPRICED));

  static final ReportTable BY_DAY = new ReportTable("by_day", "By day", List.of(
      col("Day", "day", DATE), CALLS, INPUT, OUTPUT,
      col("Spend", "spend_usd", USD).countingUnpriced(UNPRICED_CALLS), UNPRICED));

  static final ReportTable DATA_QUALITY = new ReportTable("data_quality", "Data quality", List.of(
      col("Issue", "issue", TEXT), col("Item", "item", TEXT), CALLS,
      col("Tokens", "tokens", INTEGER), col("Detail", "detail", TEXT)),
      "Check before trusting the totals: unpriced calls are counted, never summed as $0");

  static final ReportTable SPEND_DETAIL = new ReportTable("spend_detail", "Detail", List.of(
      col("Day", "day", DATE), col("Team", "team", TEXT), col("Function", "function", TEXT),
      col("User", "user", TEXT), col("Provider", "provider", TEXT), col("Model", "model", TEXT),
      col("API key", "api_key_id", TEXT), CALLS, INPUT,
      col("Cached input tokens", "cached_input_tokens", INTEGER),
      col("Cache write tokens", "cache_write_tokens", INTEGER), OUTPUT,
      col("Reasoning tokens", "reasoning_tokens", INTEGER), col("Spend", "spend_usd", USD),
      UNPRICED));

  static final ReportTable QUARANTINE = new ReportTable("quarantine", "Quarantine", List.of(
      col("File", "file", TEXT), col("Line", "line", INTEGER), col("Reason", "reason", TEXT),
      col("Excerpt", "excerpt", TEXT)));

  /** The spend section comes first. */
  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<ReportTable> sheets() {
    return List.of(BY_TEAM.withTotalRow(), BY_FUNCTION.withTotalRow(), BY_USER.withTotalRow(),
        BY_MODEL.withTotalRow().onSheet("Provider", "Model", SPEND_DATE.header(),
            SPEND_MTD.header(), CALLS.header(), INPUT.header(), "Cached input tokens",
            OUTPUT.header(), "Input spend", "Output spend", UNPRICED.header()),
        BY_DAY.withTotalRow(), DATA_QUALITY);
  }

  /** Too detailed for a sheet. */
  @Override
  public List<ReportTable> csvOnly() {
    return List.of(SPEND_DETAIL, QUARANTINE);
  }

  private static ReportColumn col(String header, String label, ColumnKind kind) {
    return new ReportColumn(header, label, kind);
  }
}

package io.llmspend.monthly;

import io.llmspend.report.ReportSection;

/**
 * What one feature adds to the monthly finance workbook: declare a {@code @Bean MonthlySection}
 * in the feature's configuration. Its {@link ReportSection} works as in the nightly reports:
 * each table is the query {@code sql/report/<stem>.sql}, written to {@code <stem>.csv} and to a
 * sheet after the spend sheets, in {@link ReportSection#order()}; {@link
 * ReportSection#summarize} adds lines to the Cover sheet. Queries read {@code monthly_period}
 * (month_start, month_end, previous_month_start, previous_month_end, run_id,
 * price_book_version) and the marts.
 *
 * <p>Hooks waiting for their features (not built here): budget vs actual with variance (order
 * 300, feature "budgets"), savings identified and realized since earlier months'
 * recommendations (order 400, feature "savings"), reconciliation to the provider bill (order
 * 500, feature "reconcile"). Each adds its sheets by declaring a bean; tables with money end with
 * a Total row ({@code ReportTable.withTotalRow()}) so they tie out like the others.
 */
@FunctionalInterface
public interface MonthlySection {

  /** The tables and Cover lines of this section. */
  ReportSection content();
}

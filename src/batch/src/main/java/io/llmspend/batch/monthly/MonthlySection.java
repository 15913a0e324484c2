package io.llmspend.batch.monthly;

import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.report.ReportTable;
import io.llmspend.core.budget.Budget;

/**
 * What one feature adds to the monthly finance workbook: declare a {@code @Bean MonthlySection}
 * in the feature's configuration. Its {@link ReportSection} works as in the nightly reports:
 * each table is the query {@code sql/report/<stem>.sql}, written to {@code <stem>.csv} and to a
 * sheet after the spend sheets, in {@link ReportSection#order()}; {@link
 * ReportSection#summarize} adds lines to the Cover sheet. Queries read {@code monthly_period}
 * (month_start, month_end, previous_month_start, previous_month_end, run_id,
 * price_book_version) and the marts.
 *
 * <p>Budget vs actual (order 300), savings identified and realized (400) and reconciliation to
 * the provider bill (500) are {@link MonthlyFeatureSections}. Tables with money end with a Total
 * row ({@code ReportTable.withTotalRow()}) so they tie out like the others.
 */
@FunctionalInterface
public interface MonthlySection {

  /** The tables and Cover lines of this section. */
  ReportSection content();
}

package io.llmspend.batch.report;

import io.llmspend.batch.store.DuckDbStore;
import java.sql.SQLException;
import java.util.List;

/**
 * What one feature adds to the nightly reports. Declare it as a bean; the {@code report} step
 * writes every section's tables, in {@link #order()}, after the Summary sheet.
 *
 * <p>Each table is the query {@code sql/report/<stem>.sql} over the DuckDB store, which can read
 * {@code report_period} (report date, month start, run id).
 */
public interface ReportSection {

  /** Sections are written in ascending order (spend 100, waste 200, budgets 300, ...). */
  int order();

  /** Tables written as a CSV file and as a sheet, in sheet order. */
  List<ReportTable> sheets();

  /** Tables written as a CSV file only. */
  default List<ReportTable> csvOnly() {
    return List.of();
  }

  /**
   * Adds this section's lines to the Summary sheet (a few key figures, a top-N table); the
   * default adds nothing.
   *
   * @throws SQLException if a query fails
   */
  default void summarize(SheetBuilder summary, DuckDbStore store) throws SQLException {}

  /**
   * Adds conditional formatting or charts to this section's sheets, once they are all written
   * (see {@link WorkbookWriter#highlightRows}, {@link WorkbookWriter#addBarChart}); the default
   * adds nothing.
   *
   * @throws SQLException if a query fails
   */
  default void decorate(WorkbookWriter workbook, DuckDbStore store) throws SQLException {}
}

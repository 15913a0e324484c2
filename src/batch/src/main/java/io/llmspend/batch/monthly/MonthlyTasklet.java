package io.llmspend.batch.monthly;

import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.store.DuckDbStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the monthly finance workbook of one month from the costs already in the store (priced
 * when loaded): sets {@code monthly_period}, rebuilds the chargeback, writes the workbook and
 * CSVs, and records the close in {@code monthly_closes}. Costs are re-priced only when asked
 * ({@code --reprice}: logged with the old and new totals and books, recorded in
 * {@code monthly_closes.repriced_from_usd}); otherwise a month written again with another price
 * book than its last workbook is logged as a warning and keeps its costs.
 */
class MonthlyTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(MonthlyTasklet.class);
  private final DuckDbStore store;
  private final Path reportsRoot;
  private final YearMonth month;
  private final long runId;
  private final String priceBookVersion;
  private final MonthlyProperties properties;
  private final List<ReportSection> sections;
  private final MonthlyRepricer repricer;

  /** @param repricer re-prices the month first (--reprice), or {@code null}: never re-price */
  MonthlyTasklet(DuckDbStore store, Path reportsRoot, YearMonth month, long runId,
      String priceBookVersion, MonthlyProperties properties, List<ReportSection> sections,
      MonthlyRepricer repricer) {
    this.store = store;
    this.reportsRoot = reportsRoot;
    this.month = month;
    this.runId = runId;
    this.priceBookVersion = priceBookVersion;
    this.properties = properties;
    this.sections = sections;
    this.repricer = repricer;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException, IOException {
    LocalDate start = month.atDay(1);
    BigDecimal before = repricer == null ? null : reprice(start);
    if (repricer == null) {
      warnIfPricedWithAnotherBook(start);
    }
    try (PreparedStatement period = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "monthly_period"))) {
      for (int i = 1; i <= 4; i++) {
        period.setObject(i, start);
      }
      period.setLong(5, runId);
      period.setString(6, priceBookVersion);
      period.execute();
    }
    new ChargebackTable(store).rebuild(properties);
    Path file = new MonthlyWorkbook(store, sections).write(reportsRoot, month);
    try (PreparedStatement close = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "monthly_close"))) {
      close.setObject(1, start);
      close.setLong(2, runId);
      close.setString(3, priceBookVersion);
      close.setBigDecimal(4, before);
      close.execute();
    }
    log.info("monthly: wrote {}", file);
    return RepeatStatus.FINISHED;
  }

  /** Re-prices the month, logs it; @return the month's spend before */
  private BigDecimal reprice(LocalDate start) throws SQLException {
    MonthlyRepricer.MonthSpend old = repricer.spend(start);
    String oldBook = previousBook(start);
    long calls = repricer.reprice(start);
    MonthlyRepricer.MonthSpend now = repricer.spend(start);
    log.warn("monthly: {} RE-PRICED ({} calls) with price book {} (was {}): spend {} USD -> {} "
        + "USD ({} USD), unpriced calls {} -> {}", month, calls, priceBookVersion,
        oldBook == null ? "as loaded, no earlier workbook" : oldBook,
        old.spendUsd().toPlainString(), now.spendUsd().toPlainString(),
        now.spendUsd().subtract(old.spendUsd()).toPlainString(), old.unpriced(),
        now.unpriced());
    return old.spendUsd();
  }

  private void warnIfPricedWithAnotherBook(LocalDate start) throws SQLException {
    String last = previousBook(start);
    if (last != null && !last.equals(priceBookVersion)) {
      log.warn("monthly: {} was last written with price book {}, the configured book is now "
          + "{}: costs stay as priced (no re-pricing without --reprice)", month, last,
          priceBookVersion);
    }
  }

  private String previousBook(LocalDate start) throws SQLException {
    try (PreparedStatement query = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "monthly_previous_book"))) {
      query.setObject(1, start);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}

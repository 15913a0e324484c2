package io.llmspend.batch.focus;

import io.llmspend.batch.attribution.ReportDate;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.PriceBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
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
 * Writes the FOCUS export of the report date's month, from its first day through the report date
 * (the month to date for nightly, the whole month for monthly, whose report date is the month's
 * last day), to {@code <reports>/monthly/YYYY-MM/focus/} as CSV and Parquet (docs/focus.md).
 */
class FocusTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(FocusTasklet.class);
  private final DuckDbStore store;
  private final PriceBook book;
  private final Path reportsRoot;
  private final List<FocusVersion> versions;

  FocusTasklet(DuckDbStore store, PriceBook book, Path reportsRoot, List<FocusVersion> versions) {
    this.store = store;
    this.book = book;
    this.reportsRoot = reportsRoot;
    this.versions = List.copyOf(versions);
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException {
    LocalDate through = ReportDate.of(contribution.getStepExecution().getJobExecution()
        .getExecutionContext());
    YearMonth month = YearMonth.from(through);
    export(month, through);
    return RepeatStatus.FINISHED;
  }

  /** Writes the export of {@code month} through {@code through} (a day of that month). */
  void export(YearMonth month, LocalDate through) throws SQLException {
    try (PreparedStatement period = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "focus_period"))) {
      period.setObject(1, month.atDay(1));
      period.setObject(2, through);
      period.setObject(3, month.atDay(1));
      period.execute();
    }
    long unpricedKeys = new FocusRates(store, book).fill();
    if (unpricedKeys > 0) {
      log.warn("focusExport: {} price model/day/tier combinations of priced calls have no rate "
          + "in the configured price book: their calls are not in the usage rows", unpricedKeys);
    }
    store.execute("focus", "focus_charges");
    store.execute("focus", "focus_1_2");
    store.execute("focus", "focus_1_3");
    Path dir = FocusFiles.folder(reportsRoot, month);
    FocusFiles files = new FocusFiles(store);
    for (FocusVersion version : versions) {
      long rows = files.writeCsv(dir.resolve(version.fileName(month, "csv")), version);
      files.writeParquet(dir.resolve(version.fileName(month, "parquet")), version);
      log.info("focusExport: FOCUS {} of {} through {}: {} rows in {}", version.number(), month,
          through, rows, dir);
    }
  }
}

package io.llmspend.batch.report;

import io.llmspend.batch.attribution.ReportDate;
import io.llmspend.batch.store.DuckDbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes {@code <reports>/<date>/}: one CSV file per report table and the workbook
 * {@code llmspend-<date>.xlsx} (Summary first, then one sheet per table). Each table's query runs
 * once: its CSV file, its sheet and the Summary's top lines come from the same rows. Files are
 * replaced atomically, so a re-run overwrites them whole.
 */
class ReportTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);
  private final DuckDbStore store;
  private final Path reportsRoot;
  private final List<ReportSection> sections;

  ReportTasklet(DuckDbStore store, Path reportsRoot, List<ReportSection> sections) {
    this.store = store;
    this.reportsRoot = reportsRoot;
    this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order))
        .toList();
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException, IOException {
    LocalDate date = ReportDate.of(contribution.getStepExecution().getJobExecution()
        .getExecutionContext());
    Path dir = Files.createDirectories(reportsRoot.resolve(date.toString()));
    ReportTableWriter tables = new ReportTableWriter(store, dir);
    SummarySheet summary = new SummarySheet(store, sections);
    Path workbook = dir.resolve("llmspend-" + date + ".xlsx");
    try (WorkbookWriter writer = new WorkbookWriter(workbook)) {
      SheetBuilder summarySheet = writer.addSheet("Summary"); // first, filled last
      for (ReportSection section : sections) {
        for (ReportTable table : section.sheets()) {
          tables.write(table, writer, summary.keep(table));
        }
        for (ReportTable table : section.csvOnly()) {
          tables.writeCsv(table);
        }
        section.decorate(writer, store);
      }
      summary.write(summarySheet);
      writer.save();
    }
    log.info("report: wrote {}", dir);
    return RepeatStatus.FINISHED;
  }
}

package io.llmspend.batch.report;

import io.llmspend.batch.PausePoint;
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
 * {@code llmspend-<date>.xlsx} (Summary first, then one sheet per table). Files are replaced
 * atomically, so a re-run overwrites them whole.
 */
class ReportTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);
  private final DuckDbStore store;
  private final Path reportsRoot;
  private final List<ReportSection> sections;
  private final CsvTableWriter csv = new CsvTableWriter();

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
    for (ReportSection section : sections) {
      for (ReportTable table : section.sheets()) {
        writeCsv(dir, table);
      }
      for (ReportTable table : section.csvOnly()) {
        writeCsv(dir, table);
      }
    }
    PausePoint.reached("report.csv");
    Path workbook = dir.resolve("llmspend-" + date + ".xlsx");
    try (WorkbookWriter writer = new WorkbookWriter(workbook)) {
      new SummarySheet(store, sections).write(writer.addSheet("Summary"));
      for (ReportSection section : sections) {
        for (ReportTable table : section.sheets()) {
          store.query("report", table.stem(), rows -> writer.addTable(table, rows));
        }
        section.decorate(writer, store);
      }
      writer.save();
    }
    log.info("report: wrote {}", dir);
    return RepeatStatus.FINISHED;
  }

  private void writeCsv(Path dir, ReportTable table) throws SQLException {
    long rows = store.query("report", table.stem(), result -> csv.write(dir, table, result));
    log.debug("report: {}.csv, {} rows", table.stem(), rows);
  }
}

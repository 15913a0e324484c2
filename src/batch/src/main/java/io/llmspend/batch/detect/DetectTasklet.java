package io.llmspend.batch.detect;

import io.llmspend.batch.attribution.ReportDate;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code detect} step: runs every detector over the report month to date, replaces the
 * report date's {@code recommendations} and writes {@code <reports>/<date>/recommendations.md}.
 */
class DetectTasklet implements Tasklet {
  private static final Logger log = LoggerFactory.getLogger(DetectTasklet.class);
  private final Detection detection;
  private final RecommendationsMarkdown markdown;
  private final Path reportsRoot;

  DetectTasklet(Detection detection, RecommendationsMarkdown markdown, Path reportsRoot) {
    this.detection = detection;
    this.markdown = markdown;
    this.reportsRoot = reportsRoot;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException, IOException {
    LocalDate date = ReportDate.of(contribution.getStepExecution().getJobExecution()
        .getExecutionContext());
    long findings = detection.run();
    Path file = reportsRoot.resolve(date.toString()).resolve("recommendations.md");
    markdown.write(file);
    log.info("detect: {} recommendations for {}, {}", findings, date, file);
    return RepeatStatus.FINISHED;
  }
}

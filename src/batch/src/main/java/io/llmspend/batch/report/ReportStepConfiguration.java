package io.llmspend.batch.report;

import io.llmspend.batch.store.DuckDbStore;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code report} step (CSV files and the workbook) and the spend report section. */
@Configuration(proxyBeanMethods = false)
class ReportStepConfiguration {

  @Bean
  Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      ReportTasklet reportTasklet) {
    return new StepBuilder("report", jobRepository)
        .tasklet(reportTasklet, transactionManager)
        .build();
  }

  /** Checked at start-up: an unknown {@code llmspend.reports.group} fails with exit code 4. */
  @Bean
  ReportAccess reportAccess(ReportsProperties properties) {
    return new ReportAccess(properties);
  }

  @Bean
  ReportSection spendReportSection() {
    return new ReportCatalog();
  }

  @Bean
  @StepScope
  ReportTasklet reportTasklet(DuckDbStore store, List<ReportSection> sections,
      @Value("#{jobParameters['reports']}") String reports) {
    return new ReportTasklet(store, Path.of(reports), sections);
  }
}

package io.llmspend.nightly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job. It only sequences steps: {@code ingest} (read, parse, re-count, price, load),
 * {@code attribute} (rules, staging and marts, report date), {@code retention} (drops old prompt
 * texts), {@code report} (CSV files and the workbook) and {@code runSummary} (run-summary.json
 * and the runs table).
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {
  static final String JOB = "nightly";

  @Bean
  Job nightlyJob(JobRepository jobRepository, @Qualifier("ingestStep") Step ingest,
      @Qualifier("attributeStep") Step attribute, @Qualifier("reportStep") Step report,
      @Qualifier("runSummaryStep") Step runSummary,
      @Qualifier("retentionStep") Step retention) {
    return new JobBuilder(JOB, jobRepository)
        .start(ingest)
        .next(attribute)
        .next(retention)
        .next(report)
        .next(runSummary)
        .build();
  }
}

package io.llmspend.batch.monthly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthly job. It only sequences steps: {@code attribute} (the nightly's step: rules,
 * staging and marts, with the month's last day as report date), {@code reconcile} (the nightly's
 * step: our cost vs the provider bill, here over the whole month, for the Provider bill sheet),
 * {@code monthlyReport} (the finance workbook and CSVs) and {@code focusExport} (the month as
 * FOCUS, docs/focus.md).
 */
@Configuration(proxyBeanMethods = false)
class MonthlyJobConfiguration {
  static final String JOB = "monthly";

  @Bean
  Job monthlyJob(JobRepository jobRepository, @Qualifier("attributeStep") Step attribute,
      @Qualifier("reconcileStep") Step reconcile, @Qualifier("monthlyReportStep") Step report,
      @Qualifier("focusExportStep") Step focusExport) {
    return new JobBuilder(JOB, jobRepository)
        .start(attribute)
        .next(reconcile)
        .next(report)
        .next(focusExport)
        .build();
  }
}

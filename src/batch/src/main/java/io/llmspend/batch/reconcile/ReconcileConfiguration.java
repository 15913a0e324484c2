package io.llmspend.batch.reconcile;

import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.store.DuckDbStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code reconcile} and {@code reconcileCheck} steps and the reconciliation report. */
@Configuration(proxyBeanMethods = false)
class ReconcileConfiguration {

  @Bean
  Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      ReconcileTasklet reconcileTasklet) {
    return new StepBuilder("reconcile", jobRepository)
        .tasklet(reconcileTasklet, transactionManager)
        .build();
  }

  @Bean
  Step reconcileCheckStep(JobRepository jobRepository,
      PlatformTransactionManager transactionManager, ReconcileCheckTasklet reconcileCheckTasklet) {
    return new StepBuilder("reconcileCheck", jobRepository)
        .tasklet(reconcileCheckTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  ReconcileTasklet reconcileTasklet(DuckDbStore store) {
    return new ReconcileTasklet(store);
  }

  @Bean
  @StepScope
  ReconcileCheckTasklet reconcileCheckTasklet(DuckDbStore store, ReconcileProperties properties) {
    return new ReconcileCheckTasklet(store, properties.maxUnexplainedVariance());
  }

  @Bean
  ReportSection reconciliationSection() {
    return new ReconciliationSection();
  }
}

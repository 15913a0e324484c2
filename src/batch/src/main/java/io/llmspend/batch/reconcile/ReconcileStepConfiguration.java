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

/** The {@code reconcile} step (our cost vs the provider's bill) and the reconciliation report. */
@Configuration(proxyBeanMethods = false)
class ReconcileStepConfiguration {

  @Bean
  Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      ReconcileTasklet reconcileTasklet) {
    return new StepBuilder("reconcile", jobRepository)
        .tasklet(reconcileTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  ReconcileTasklet reconcileTasklet(DuckDbStore store) {
    return new ReconcileTasklet(store);
  }

  @Bean
  ReportSection reconciliationSection() {
    return new ReconciliationSection();
  }
}

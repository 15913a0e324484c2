package io.llmspend.batch.reconcile;

import io.llmspend.batch.store.DuckDbStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reconcileCheck} step: an unexplained variance above the threshold fails the run
 * (exit code 7), after the reports are written.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileCheckStepConfiguration {

  @Bean
  Step reconcileCheckStep(JobRepository jobRepository,
      PlatformTransactionManager transactionManager, ReconcileCheckTasklet reconcileCheckTasklet) {
    return new StepBuilder("reconcileCheck", jobRepository)
        .tasklet(reconcileCheckTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  ReconcileCheckTasklet reconcileCheckTasklet(DuckDbStore store, ReconcileProperties properties) {
    return new ReconcileCheckTasklet(store, properties.maxUnexplainedVariance());
  }
}

package io.llmspend.batch.privacy;

import io.llmspend.batch.store.DuckDbStore;
import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code retention} step: privacy retention of prompt texts ({@link PrivacyProperties}). */
@Configuration(proxyBeanMethods = false)
class RetentionStepConfiguration {

  @Bean
  Step retentionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      RetentionTasklet retentionTasklet) {
    return new StepBuilder("retention", jobRepository)
        .tasklet(retentionTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  RetentionTasklet retentionTasklet(DuckDbStore store, PrivacyProperties properties) {
    return new RetentionTasklet(store, properties.promptRetentionDays(), Clock.systemUTC());
  }
}

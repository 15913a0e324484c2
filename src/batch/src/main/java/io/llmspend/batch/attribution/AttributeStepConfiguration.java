package io.llmspend.batch.attribution;

import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.JobContextSaver;
import io.llmspend.batch.store.RunId;
import java.time.Clock;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code attribute} step: rules, staging and marts layers, report date. */
@Configuration(proxyBeanMethods = false)
class AttributeStepConfiguration {
  static final String STEP = "attribute";

  @Bean
  Step attributeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      AttributeTasklet attributeTasklet) {
    return new StepBuilder(STEP, jobRepository)
        .tasklet(attributeTasklet, transactionManager)
        .listener(new JobContextSaver(jobRepository)) // what the step leaves for later steps
        .build();
  }

  /** Read at start-up, so an invalid rules file stops the run before it does anything. */
  @Bean
  List<AttributionRule> attributionRules(AttributionProperties properties) {
    return AttributionRules.read(properties.effectiveRulesFile());
  }

  @Bean
  @StepScope
  AttributeTasklet attributeTasklet(DuckDbStore store, List<AttributionRule> attributionRules,
      LlmSpendProperties settings, @Value("#{jobParameters['date']}") String date, RunId runId) {
    return new AttributeTasklet(store, attributionRules,
        date == null || date.isBlank() ? null : date, Clock.system(settings.timeZone()),
        runId.value());
  }
}

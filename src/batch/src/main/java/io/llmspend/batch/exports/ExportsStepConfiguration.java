package io.llmspend.batch.exports;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.RunId;
import io.llmspend.core.gateway.GatewayRecords;
import io.llmspend.core.pricing.CallPricer;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code exports} step: provider usage and cost exports into DuckDB. */
@Configuration(proxyBeanMethods = false)
class ExportsStepConfiguration {

  @Bean
  Step exportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      ExportsTasklet exportsTasklet) {
    return new StepBuilder("exports", jobRepository)
        .tasklet(exportsTasklet, transactionManager)
        .build();
  }

  /** Also used by the ingest step: LiteLLM, Langfuse and mapped CSV records. */
  @Bean
  GatewayRecords gatewayRecords(ExportsProperties properties) {
    return GatewayRecords.read(properties.csvMappings());
  }

  @Bean
  @StepScope
  ExportsTasklet exportsTasklet(DuckDbStore store, CallPricer callPricer,
      @Value("#{jobParameters['exports']}") String exports, RunId runId) {
    return new ExportsTasklet(store, callPricer,
        exports == null || exports.isBlank() ? null : Path.of(exports), runId.value());
  }
}

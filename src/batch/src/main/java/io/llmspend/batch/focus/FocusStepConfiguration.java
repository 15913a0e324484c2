package io.llmspend.batch.focus;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.PriceBook;
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

/** The {@code focusExport} step of the nightly and monthly jobs: the FOCUS 1.2 export. */
@Configuration(proxyBeanMethods = false)
class FocusStepConfiguration {

  @Bean
  Step focusExportStep(JobRepository jobRepository,
      PlatformTransactionManager transactionManager, FocusTasklet focusTasklet) {
    return new StepBuilder("focusExport", jobRepository)
        .tasklet(focusTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  FocusTasklet focusTasklet(DuckDbStore store, PriceBook priceBook,
      @Value("#{jobParameters['reports']}") String reports) {
    return new FocusTasklet(store, priceBook, Path.of(reports), List.of(FocusVersion.V1_2));
  }
}

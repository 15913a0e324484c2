package io.llmspend.batch.detect;

import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.PriceBook;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code detect} step and the Recommendations report section. */
@Configuration(proxyBeanMethods = false)
class DetectStepConfiguration {
  static final String STEP = "detect";

  @Bean
  Step detectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      DetectTasklet detectTasklet) {
    return new StepBuilder(STEP, jobRepository)
        .tasklet(detectTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  DetectTasklet detectTasklet(DuckDbStore store, PriceBook priceBook, DetectProperties properties,
      @Value("#{jobParameters['reports']}") String reports) {
    return new DetectTasklet(new Detection(store, priceBook, properties),
        new RecommendationsMarkdown(store, properties), Path.of(reports));
  }

  @Bean
  ReportSection recommendationsReportSection() {
    return new RecommendationsSection();
  }
}

package io.llmspend.batch.run;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.JobContextSaver;
import io.llmspend.batch.store.RunId;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code runSummary} step: the run's accounting ({@link RunSummary}). */
@Configuration(proxyBeanMethods = false)
class RunSummaryStepConfiguration {

  @Bean
  Step runSummaryStep(JobRepository jobRepository,
      PlatformTransactionManager transactionManager, RunSummaryTasklet runSummaryTasklet) {
    return new StepBuilder("runSummary", jobRepository)
        .tasklet(runSummaryTasklet, transactionManager)
        .listener(new JobContextSaver(jobRepository)) // what the step leaves for later steps
        .build();
  }

  @Bean
  @StepScope
  RunSummaryTasklet runSummaryTasklet(DuckDbStore store, JobRepository jobRepository,
      RunId runId, @Value("#{jobParameters['reports']}") String reports) {
    return new RunSummaryTasklet(store, Path.of(reports), "ingest", jobRepository,
        runId.value());
  }
}

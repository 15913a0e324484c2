package io.llmspend.batch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.RunId;
import io.llmspend.core.gateway.GatewayRecords;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.requestlog.RequestLogParser;
import io.llmspend.core.requestlog.SourceLine;
import io.llmspend.core.tokenize.TokenCounter;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code ingest} step: read request logs, parse, re-count, price, load into DuckDB. */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {
  static final String STEP = "ingest";

  @Bean
  Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      RequestLogReader requestLogReader, IngestProcessor ingestProcessor, CallWriter callWriter,
      ThreadPoolTaskExecutor ingestTaskExecutor, IngestProperties properties) {
    return new StepBuilder(STEP, jobRepository)
        .<SourceLine, IngestedRecord>chunk(properties.chunkSize())
        .transactionManager(transactionManager)
        .reader(requestLogReader)
        .processor(ingestProcessor)
        .writer(callWriter)
        .listener(callWriter)
        .taskExecutor(ingestTaskExecutor)
        .build();
  }

  /** Threads that process the lines of a chunk concurrently; reading and writing stay serial. */
  @Bean
  ThreadPoolTaskExecutor ingestTaskExecutor(IngestProperties properties) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(properties.threads());
    executor.setMaxPoolSize(properties.threads());
    executor.setThreadNamePrefix("ingest-");
    return executor;
  }

  @Bean(name = RequestLogReader.NAME)
  @StepScope
  RequestLogReader requestLogReader(@Value("#{jobParameters['logs']}") String logs,
      IngestProperties properties, DuckDbStore store, RunId runId,
      GatewayRecords gatewayRecords) {
    return new RequestLogReader(new FilePlan(store, runId.value()).files(
        LogFiles.find(Arrays.stream(logs.split(File.pathSeparator)).map(Path::of).toList())),
        properties.maxLineBytes(), gatewayRecords);
  }

  @Bean(name = IngestProcessor.NAME)
  IngestProcessor ingestProcessor(TokenCounter tokenCounter, CallPricer callPricer,
      LlmSpendProperties settings, GatewayRecords gatewayRecords) {
    return new IngestProcessor(new RequestLogParser(new ObjectMapper(), gatewayRecords),
        tokenCounter, callPricer, settings.timeZone());
  }

  @Bean(name = CallWriter.NAME)
  @StepScope
  CallWriter callWriter(DuckDbStore store, RunId runId) {
    return new CallWriter(store, runId.value());
  }
}

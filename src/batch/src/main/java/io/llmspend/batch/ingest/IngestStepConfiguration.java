package io.llmspend.batch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.RunId;
import io.llmspend.core.gateway.GatewayRecords;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.requestlog.RequestLogParser;
import io.llmspend.core.tokenize.TokenCounter;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Ingest as two steps: {@code ingestPartitions} (the run's files cut into partitions, each read,
 * parsed, re-counted, priced and written to Parquet by the {@code ingestPartition} step, on
 * {@code llmspend.ingest.threads} threads, or on {@code llmspend worker} processes when
 * {@code llmspend.remote.enabled}) and {@code ingest} (one merge of all partitions into
 * the store). The partition's execution context and output folder are the hand-off between them
 * (docs/architecture.md, "Partitioned ingest").
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {
  static final String PARTITIONS_STEP = "ingestPartitions";

  /** One WARN line at start-up for each deprecated ingest setting that is set. */
  @Bean
  SmartInitializingSingleton deprecatedIngestSettingsWarning(IngestProperties properties) {
    return () -> DeprecatedIngestSettings.warn(properties);
  }

  /** The ingest steps in order, for the jobs that start with them. */
  @Bean
  Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      IngestMergeTasklet ingestMergeTasklet) {
    return new StepBuilder(IngestMergeTasklet.STEP, jobRepository)
        .tasklet(ingestMergeTasklet, transactionManager)
        .build();
  }

  @Bean
  Step ingestPartitionsStep(JobRepository jobRepository, IngestPartitioner ingestPartitioner,
      @Qualifier("ingestPartitionStep") Step ingestPartitionStep,
      PartitionHandler ingestPartitionHandler) {
    return new StepBuilder(PARTITIONS_STEP, jobRepository)
        .partitioner(PartitionIngestTasklet.NAME, ingestPartitioner)
        .step(ingestPartitionStep)
        .partitionHandler(ingestPartitionHandler)
        .build();
  }

  /**
   * The partitions on this process's threads, the default; its grid size (the threads) is what
   * the run is planned for. With {@code llmspend.remote.enabled} the scale-out's handler takes
   * its place and sends them to worker processes (docs/scale-out.md).
   */
  @Bean
  @ConditionalOnProperty(name = "llmspend.remote.enabled", havingValue = "false",
      matchIfMissing = true)
  PartitionHandler ingestPartitionHandler(
      @Qualifier("ingestPartitionStep") Step ingestPartitionStep,
      ThreadPoolTaskExecutor ingestTaskExecutor, IngestProperties properties) {
    TaskExecutorPartitionHandler handler = new LargestFirstPartitionHandler();
    handler.setStep(ingestPartitionStep);
    handler.setTaskExecutor(ingestTaskExecutor);
    handler.setGridSize(properties.threads());
    return handler;
  }

  @Bean
  Step ingestPartitionStep(JobRepository jobRepository,
      PlatformTransactionManager transactionManager, PartitionIngestTasklet tasklet) {
    return new StepBuilder(PartitionIngestTasklet.NAME, jobRepository)
        .tasklet(tasklet, transactionManager)
        .build();
  }

  /** Threads that run partitions. */
  @Bean
  ThreadPoolTaskExecutor ingestTaskExecutor(IngestProperties properties) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(properties.threads());
    executor.setMaxPoolSize(properties.threads());
    executor.setThreadNamePrefix("ingest-");
    return executor;
  }

  @Bean
  PartitionIngestTasklet partitionIngestTasklet(IngestProcessor ingestProcessor,
      IngestProperties properties, GatewayRecords gatewayRecords) {
    return new PartitionIngestTasklet(ingestProcessor, properties.maxLineBytes(),
        gatewayRecords);
  }

  @Bean
  @StepScope
  IngestPartitioner ingestPartitioner(@Value("#{jobParameters['logs']}") String logs,
      IngestProperties properties, DuckDbStore store, RunId runId) {
    return new IngestPartitioner(() -> new FilePlan(store, runId.value()).files(
        LogFiles.find(Arrays.stream(logs.split(File.pathSeparator)).map(Path::of).toList())),
        threads -> new PartitionPlanner(properties.partitionBytes(), threads),
        partitionFiles(properties, store, runId), runId.value());
  }

  @Bean
  @StepScope
  IngestMergeTasklet ingestMergeTasklet(IngestProperties properties, DuckDbStore store,
      RunId runId) {
    return new IngestMergeTasklet(store, runId.value(), partitionFiles(properties, store, runId));
  }

  private static PartitionFiles partitionFiles(IngestProperties properties, DuckDbStore store,
      RunId runId) {
    Path root = properties.partitionDir() != null ? Path.of(properties.partitionDir())
        : store.file().resolveSibling(store.file().getFileName() + ".partitions");
    return PartitionFiles.of(root, runId.value());
  }

  @Bean(name = IngestProcessor.NAME)
  IngestProcessor ingestProcessor(TokenCounter tokenCounter, CallPricer callPricer,
      LlmSpendProperties settings, GatewayRecords gatewayRecords) {
    return new IngestProcessor(new RequestLogParser(new ObjectMapper(), gatewayRecords),
        tokenCounter, callPricer, settings.timeZone());
  }
}

package io.llmspend.batch.remote;

import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.batch.exports.ExportsProperties;
import io.llmspend.batch.ingest.IngestProperties;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.tokenize.TokenizeProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The nightly job as a manager ({@code llmspend.remote.enabled}, {@code llmspend nightly
 * --workers remote}): the ingest step's partitions go as requests to a durable RabbitMQ queue
 * ({@link PartitionMessages}), workers run them, the manager polls the shared job repository
 * until all are finished. Replaces the local partition handler (threads), nothing else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "llmspend.remote.enabled", havingValue = "true")
@EnableIntegration
class RemoteManagerConfiguration {
  static final String HANDLER = "ingestPartitionHandler";

  RemoteManagerConfiguration(Environment environment) {
    SharedRepository.require(environment, "llmspend nightly --workers remote");
  }

  @Bean
  Queue partitionQueue(RemoteProperties remote) {
    return QueueBuilder.durable(remote.queue()).build();
  }

  @Bean
  DirectChannel partitionRequests() {
    return new DirectChannel();
  }

  /** Requests as JSON text, persistent messages on the default exchange to the queue. */
  @Bean
  IntegrationFlow partitionRequestsToRabbit(
      @Qualifier("partitionRequests") DirectChannel partitionRequests, RabbitTemplate rabbit,
      RemoteProperties remote) {
    return IntegrationFlow.from(partitionRequests)
        .transform(StepExecutionRequest.class, PartitionMessages::encode)
        .handle(Amqp.outboundAdapter(rabbit).routingKey(remote.queue()))
        .get();
  }

  @Bean
  BrokerWatch brokerWatch(CachingConnectionFactory connections) {
    BrokerWatch watch = new BrokerWatch();
    connections.addConnectionListener(watch);
    return watch;
  }

  @Bean(name = HANDLER)
  PartitionHandler ingestPartitionHandler(JobRepository repository, RemoteProperties remote,
      @Qualifier("partitionRequests") DirectChannel partitionRequests, BrokerWatch broker,
      PricingProperties pricing, TokenizeProperties tokenize, LlmSpendProperties settings,
      IngestProperties ingest, ExportsProperties exports) {
    RemotePartitionHandler handler = new RemotePartitionHandler(repository,
        SettingsFingerprint.of(pricing, tokenize, settings, ingest, exports), broker,
        remote.queue());
    MessagingTemplate template = new MessagingTemplate();
    template.setDefaultChannel(partitionRequests);
    handler.setMessagingOperations(template);
    handler.setJobRepository(repository); // poll the repository: no replies over RabbitMQ
    handler.setPollInterval(remote.pollInterval().toMillis());
    handler.setTimeout(remote.timeout().toMillis());
    handler.setGridSize(remote.workers());
    handler.setStepName("(set per run from the partitions' names)");
    return handler;
  }
}

package io.llmspend.batch.remote;

import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.batch.exports.ExportsProperties;
import io.llmspend.batch.ingest.IngestProperties;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.tokenize.TokenizeProperties;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker process ({@code llmspend worker}): takes partition requests from the RabbitMQ queue,
 * one at a time per consumer (prefetch 1, acknowledged when the partition has ended, so a
 * worker killed mid-partition gives its request back), and runs them ({@link PartitionGuard}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "llmspend.remote.worker", havingValue = "true")
@EnableIntegration
class WorkerConfiguration {

  WorkerConfiguration(Environment environment) {
    SharedRepository.require(environment, "llmspend worker");
  }

  @Bean
  Queue partitionQueue(RemoteProperties remote) {
    return QueueBuilder.durable(remote.queue()).build();
  }

  @Bean
  WorkerRefusals workerRefusals() {
    return new WorkerRefusals();
  }

  @Bean
  PartitionGuard partitionGuard(JobRepository repository, ApplicationContext context,
      PricingProperties pricing, TokenizeProperties tokenize, LlmSpendProperties settings,
      IngestProperties ingest, ExportsProperties exports) {
    return new PartitionGuard(repository, name -> context.getBeansOfType(Step.class).values()
        .stream().filter(step -> step.getName().equals(name)).findFirst().orElse(null),
        SettingsFingerprint.of(pricing, tokenize, settings, ingest, exports));
  }

  @Bean
  SimpleMessageListenerContainer partitionListener(ConnectionFactory connections,
      RemoteProperties remote) {
    SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
    container.setQueueNames(remote.queue());
    container.setPrefetchCount(1);
    container.setConcurrentConsumers(remote.concurrency());
    container.setAcknowledgeMode(AcknowledgeMode.AUTO);
    container.setDefaultRequeueRejected(true);
    return container;
  }

  @Bean
  IntegrationFlow partitionRequestsFromRabbit(SimpleMessageListenerContainer partitionListener,
      PartitionGuard guard, WorkerRefusals refusals) {
    return IntegrationFlow.from(Amqp.inboundAdapter(partitionListener))
        .handle(String.class, (body, headers) -> {
          refusals.take(guard, body);
          return null;
        })
        .get();
  }
}

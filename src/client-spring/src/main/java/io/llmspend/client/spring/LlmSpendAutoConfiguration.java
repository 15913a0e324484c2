package io.llmspend.client.spring;

import io.llmspend.client.BudgetGuard;
import io.llmspend.client.CallTracker;
import io.llmspend.client.GuardConfig;
import io.llmspend.client.LlmSpendMeterBinder;
import io.llmspend.client.RequestLogConfig;
import io.llmspend.client.RequestLogWriter;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;

/**
 * The llmspend client in a Spring Boot application: {@code @LlmFunction} on beans, and (unless
 * {@code llmspend.client.enabled=false}) a {@link BudgetGuard}, a {@link RequestLogWriter} and a
 * {@link CallTracker} from {@link LlmSpendClientProperties}, the Spring AI {@link
 * LlmSpendAdvisor} when Spring AI is present, and their meters when Micrometer is. Every bean
 * backs off when the application defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(LlmSpendClientProperties.class)
@Import(LlmFunctionProxying.class)
public class LlmSpendAutoConfiguration {

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static LlmFunctionPointcutAdvisor llmFunctionPointcutAdvisor() {
    return new LlmFunctionPointcutAdvisor();
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "llmspend.client.enabled", matchIfMissing = true)
  BudgetGuard llmspendBudgetGuard(LlmSpendClientProperties p) {
    GuardConfig.Builder config = GuardConfig.builder().redisUri(p.redisUri())
        .keyPrefix(p.keyPrefix()).timeZone(ZoneId.of(p.timeZone()));
    if (p.budgetsFile() != null) {
      config.budgetsFile(p.budgetsFile());
    }
    return BudgetGuard.create(config.build());
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "llmspend.client.enabled", matchIfMissing = true)
  RequestLogWriter llmspendRequestLogWriter(LlmSpendClientProperties p) {
    return RequestLogWriter.start(RequestLogConfig.builder(p.logDirectory())
        .filePrefix(p.filePrefix()).fileMode(p.fileMode()).timeZone(ZoneId.of(p.timeZone()))
        .build());
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "llmspend.client.enabled", matchIfMissing = true)
  CallTracker llmspendCallTracker(BudgetGuard guard, RequestLogWriter writer,
      LlmSpendClientProperties p) {
    return CallTracker.of(guard, writer).withDefaults(p::complete);
  }

  /** The Spring AI advisor, when Spring AI is on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.ai.chat.client.advisor.api.CallAdvisor")
  static class SpringAi {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "llmspend.client.enabled", matchIfMissing = true)
    LlmSpendAdvisor llmspendAdvisor(CallTracker tracker, LlmSpendClientProperties p) {
      return new LlmSpendAdvisor(tracker, UnaryOperator.identity(), p.provider(), p.model());
    }
  }

  /** The guard's and writer's meters, when Micrometer is on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = "llmspend.client.enabled", matchIfMissing = true)
    LlmSpendMeterBinder llmspendMeterBinder(BudgetGuard guard, RequestLogWriter writer) {
      return new LlmSpendMeterBinder(guard, writer);
    }
  }
}

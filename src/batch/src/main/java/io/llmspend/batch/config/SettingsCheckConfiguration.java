package io.llmspend.batch.config;

import io.llmspend.core.budget.BudgetProperties;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.tokenize.TokenizeProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the configuration files for unknown {@code llmspend.*} settings once every bean exists
 * ({@link KnownSettings}): start-up fails with exit code 4 and the setting's name.
 */
@Configuration(proxyBeanMethods = false)
class SettingsCheckConfiguration {

  @Bean
  SmartInitializingSingleton unknownSettingsCheck(ApplicationContext context,
      ConfigurableEnvironment environment) {
    return () -> {
      Map<String, Class<?>> roots = new LinkedHashMap<>(Map.of(
          "llmspend.tokenize", TokenizeProperties.class,
          "llmspend.pricing", PricingProperties.class,
          "llmspend.budget", BudgetProperties.class));
      for (Object bean : context.getBeansWithAnnotation(ConfigurationProperties.class).values()) {
        ConfigurationProperties annotation =
            AnnotationUtils.findAnnotation(bean.getClass(), ConfigurationProperties.class);
        String prefix = annotation == null ? ""
            : annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
        if (prefix.startsWith("llmspend") && bean.getClass().isRecord()) {
          roots.put(prefix, bean.getClass());
        }
      }
      new KnownSettings(roots).check(environment);
    };
  }
}

package io.llmspend.client.spring;

import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Makes sure infrastructure advisors (as {@link LlmFunctionPointcutAdvisor}) proxy beans, with or
 * without AspectJ: registers Spring's infrastructure auto-proxy creator unless a stronger one
 * (AspectJ's) is registered already, as {@code @EnableTransactionManagement} does.
 */
final class LlmFunctionProxying implements ImportBeanDefinitionRegistrar {
  @Override
  public void registerBeanDefinitions(AnnotationMetadata metadata,
      BeanDefinitionRegistry registry) {
    AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
  }
}

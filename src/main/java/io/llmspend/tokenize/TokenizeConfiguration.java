package io.llmspend.tokenize;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the process's one {@link TokenCounter}, configured by {@link TokenizeProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenizeProperties.class)
public class TokenizeConfiguration {

  @Bean
  TokenCounter tokenCounter(TokenizeProperties properties) {
    return new TokenCounter(properties);
  }
}

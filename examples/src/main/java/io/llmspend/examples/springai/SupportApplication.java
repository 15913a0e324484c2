package io.llmspend.examples.springai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring AI example: a Spring Boot application whose {@link SupportAssistant} talks to OpenAI
 * (or the stub) through a {@code ChatClient} with the llmspend advisor. The llmspend client is
 * configured by {@code llmspend.client.*} (application.yml), Spring AI by {@code spring.ai.*}.
 */
@SpringBootApplication
public class SupportApplication {
  public static void main(String[] args) {
    SpringApplication.run(SupportApplication.class, args);
  }
}

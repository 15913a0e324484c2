package io.llmspend.batch.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.PriceBookException;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.tokenize.TokenCounter;
import io.llmspend.core.tokenize.TokenizeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** Binding of the core settings ({@code llmspend.tokenize}, {@code llmspend.pricing}) and the core beans. */
class CoreConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(CoreConfiguration.class);

  @Test
  void registersThePropertiesOnceBesideTheApplicationsScan() {
    runner
        .withUserConfiguration(ScanningApplication.class)
        .run(context -> assertThat(context).hasSingleBean(TokenizeProperties.class));
  }

  @Test
  void appliesTheDefaultsWithoutProperties() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(TokenCounter.class);
          assertThat(context.getBean(TokenizeProperties.class))
              .isEqualTo(TokenizeProperties.defaults());
        });
  }

  @Test
  void applicationYmlStatesTheSameDefaults() {
    runner
        .withInitializer(c -> c.getEnvironment().getPropertySources().addFirst(applicationYml()))
        .run(
            context ->
                assertThat(context.getBean(TokenizeProperties.class))
                    .isEqualTo(TokenizeProperties.defaults()));
  }

  @Test
  void replacesTheTableWithConfiguredRules() {
    runner
        .withPropertyValues(
            "llmspend.tokenize.cache-size=10",
            "llmspend.tokenize.encodings[0].encoding=cl100k_base",
            "llmspend.tokenize.encodings[0].models=acme-gpt*,gpt-4o")
        .run(
            context -> {
              assertThat(context.getBean(TokenizeProperties.class).cacheSize()).isEqualTo(10);
              TokenCounter counter = context.getBean(TokenCounter.class);
              assertThat(counter.encodingFor("ACME-GPT-large")).contains("cl100k_base");
              assertThat(counter.encodingFor("gpt-4o")).contains("cl100k_base");
              assertThat(counter.encodingFor("gpt-4.1")).isEmpty();
            });
  }

  @Test
  void failsAtStartUpOnAnUnknownEncoding() {
    runner
        .withPropertyValues(
            "llmspend.tokenize.encodings[0].encoding=o300k_base",
            "llmspend.tokenize.encodings[0].models=gpt-9*")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void failsAtStartUpOnABrokenPriceBook() {
    runner
        .withPropertyValues("llmspend.pricing.price-book=classpath:prices/no-such-book.csv")
        .run(context -> assertThat(context).getFailure()
            .hasStackTraceContaining(PriceBookException.class.getName())
            .hasStackTraceContaining("no-such-book.csv"));
  }

  @Test
  void pricesABedrockApplicationProfileOnlyOnceMapped() {
    String arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3";
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    TokenUsage usage = new TokenUsage(1_000_000, 0, 0, 0, 0, 0);
    runner.run(context -> assertThat(context.getBean(CallPricer.class)
        .price("bedrock", arn, null, at, usage, false, null).unpricedReason())
        .isEqualTo("Bedrock application inference profile a1b2c3 does not name its model:"
            + " map its ARN under llmspend.pricing.inference-profiles"));
    // a property source, not withPropertyValues: that would split the key at the ARN's first ':'
    runner
        .withInitializer(c -> c.getEnvironment().getPropertySources().addFirst(
            new MapPropertySource("profiles", Map.of("llmspend.pricing.inference-profiles[" + arn
                + "]", "us.anthropic.claude-3-5-haiku-20241022-v1:0"))))
        .run(context -> {
          CallCost cost = context.getBean(CallPricer.class)
              .price("bedrock", arn, null, at, usage, false, null);
          assertThat(cost.priceModel()).isEqualTo("claude-3-5-haiku");
          // 1,000,000 input tokens x $0.80 per 1M (price book, claude-3-5-haiku)
          assertThat(cost.totalUsd()).isEqualByComparingTo("0.80");
        });
  }

  /** Scans as {@code io.llmspend.batch.LlmSpendApplication} does. */
  @ConfigurationPropertiesScan("io.llmspend")
  static class ScanningApplication {}

  private static PropertySource<?> applicationYml() {
    try {
      return new YamlPropertySourceLoader()
          .load("application.yml", new ClassPathResource("application.yml"))
          .get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

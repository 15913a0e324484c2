package io.llmspend.client.spring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code llmspend.client.*}: what the auto-configuration builds the guard, the writer and the
 * tracker from. Every field has a default; {@code enabled=false} builds none of them.
 *
 * @param enabled whether to build the guard, writer and tracker (default true)
 * @param redisUri the Redis of the live budgets (default {@code redis://127.0.0.1:6379})
 * @param keyPrefix the Redis key prefix (default {@code llmspend})
 * @param budgetsFile the nightly job's {@code jobs/budgets.yml} (default: none, no budgets)
 * @param timeZone the nightly job's {@code llmspend.time-zone} (default UTC)
 * @param logDirectory the folder of the request-log files (default {@code logs/llm})
 * @param filePrefix the files' prefix (default {@code llmspend-})
 * @param provider the provider of the Spring AI chat model (default {@code openai})
 * @param model the model when a prompt names none (default: none)
 */
@ConfigurationProperties("llmspend.client")
public record LlmSpendClientProperties(Boolean enabled, String redisUri, String keyPrefix,
    Path budgetsFile, String timeZone, Path logDirectory, String filePrefix, String provider,
    String model) {

  public LlmSpendClientProperties {
    enabled = enabled == null || enabled;
    redisUri = redisUri == null ? "redis://127.0.0.1:6379" : redisUri;
    keyPrefix = keyPrefix == null ? "llmspend" : keyPrefix;
    timeZone = timeZone == null ? "UTC" : timeZone;
    logDirectory = logDirectory == null ? Path.of("logs", "llm") : logDirectory;
    filePrefix = filePrefix == null ? "llmspend-" : filePrefix;
    provider = provider == null ? "openai" : provider;
  }
}

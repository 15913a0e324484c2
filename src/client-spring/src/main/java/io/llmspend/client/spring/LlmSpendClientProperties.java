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
 * @param fileMode the files' POSIX permissions as {@code ls -l} shows them (default {@code
 *     rw-r-----}: owner and group read; {@link io.llmspend.client.RequestLogConfig#fileMode()})
 * @param provider the provider of the Spring AI chat model (default {@code openai})
 * @param model the model when a prompt names none (default: none)
 * @param team the team of every call that names none (default: none)
 * @param tags tags added to every call that does not set them (default: none)
 */
@ConfigurationProperties("llmspend.client")
public record LlmSpendClientProperties(Boolean enabled, String redisUri, String keyPrefix,
    Path budgetsFile, String timeZone, Path logDirectory, String filePrefix, String fileMode,
    String provider, String model, String team, java.util.Map<String, String> tags) {

  public LlmSpendClientProperties {
    enabled = enabled == null || enabled;
    redisUri = redisUri == null ? "redis://127.0.0.1:6379" : redisUri;
    keyPrefix = keyPrefix == null ? "llmspend" : keyPrefix;
    timeZone = timeZone == null ? "UTC" : timeZone;
    logDirectory = logDirectory == null ? Path.of("logs", "llm") : logDirectory;
    filePrefix = filePrefix == null ? "llmspend-" : filePrefix;
    fileMode = fileMode == null ? io.llmspend.client.RequestLogConfig.DEFAULT_FILE_MODE : fileMode;
    provider = provider == null ? "openai" : provider;
    tags = tags == null ? java.util.Map.of() : java.util.Map.copyOf(tags);
  }

  /** Completes a call's attribution with {@link #team} and {@link #tags} where it has none. */
  io.llmspend.client.CallInfo complete(io.llmspend.client.CallInfo call) {
    io.llmspend.client.CallInfo c = team != null && call.team() == null ? call.withTeam(team)
        : call;
    for (java.util.Map.Entry<String, String> tag : tags.entrySet()) {
      if (!c.tags().containsKey(tag.getKey())) {
        c = c.withTag(tag.getKey(), tag.getValue());
      }
    }
    return c;
  }
}

package io.llmspend.batch.budget;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live budgets the applications' guards keep in Redis ({@code llmspend.live}, docs/budgets.md):
 * when {@code redis-uri} is set, each nightly run writes the true spend of every budget member's
 * open period as its baseline there and reports the drift; {@code llmspend budget status} reads
 * them.
 *
 * @param redisUri the Redis of the guards, or {@code null}: no live budgets (default)
 * @param keyPrefix the guards' key prefix (default {@code llmspend})
 * @param timeout the command timeout (default 2 s)
 */
@ConfigurationProperties(prefix = "llmspend.live")
public record LiveBudgetProperties(String redisUri, String keyPrefix, Duration timeout) {
  public LiveBudgetProperties {
    redisUri = redisUri == null || redisUri.isBlank() ? null : redisUri;
    keyPrefix = keyPrefix == null ? "llmspend" : keyPrefix;
    timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
  }

  boolean enabled() {
    return redisUri != null;
  }
}

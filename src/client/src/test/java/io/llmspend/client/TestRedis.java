package io.llmspend.client;

import io.llmspend.core.live.BudgetKeys;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shared local Redis (127.0.0.1:6379, or {@code LLMSPEND_TEST_REDIS_URI}) under a key prefix
 * of its own, so test runs of several engineers never meet; {@link #close} deletes its keys.
 */
final class TestRedis implements AutoCloseable {
  static final String URI = System.getenv().getOrDefault("LLMSPEND_TEST_REDIS_URI",
      "redis://127.0.0.1:6379");
  final String prefix = "llmspend-test-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
  final BudgetKeys keys = new BudgetKeys(prefix);
  private final RedisClient client = RedisClient.create(URI);
  private final StatefulRedisConnection<String, String> connection = client.connect();

  RedisCommands<String, String> redis() {
    return connection.sync();
  }

  /** The shared machine may be loaded: commands get 5 s here (the default is 250 ms). */
  GuardConfig.Builder config() {
    return GuardConfig.builder().redisUri(URI).keyPrefix(prefix)
        .redisTimeout(java.time.Duration.ofSeconds(5));
  }

  @Override
  public void close() {
    ScanCursor cursor = ScanCursor.INITIAL;
    do {
      KeyScanCursor<String> page = redis().scan(cursor,
          ScanArgs.Builder.matches(keys.pattern()).limit(1000));
      if (!page.getKeys().isEmpty()) {
        redis().del(page.getKeys().toArray(String[]::new));
      }
      cursor = page;
    } while (!cursor.isFinished());
    connection.close();
    client.shutdown();
  }
}

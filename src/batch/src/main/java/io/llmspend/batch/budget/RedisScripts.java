package io.llmspend.batch.budget;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.llmspend.core.live.LiveScript;
import io.llmspend.core.live.ScriptRunner;
import java.time.Duration;
import java.util.List;

/**
 * The nightly job's connection to the guards' Redis: runs core's {@link LiveScript}s by SHA
 * (loading one with {@code EVAL} after {@code NOSCRIPT}). One per correction or status command;
 * {@link #close} releases it. Every failure is a {@link io.lettuce.core.RedisException}.
 */
final class RedisScripts implements ScriptRunner, AutoCloseable {
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;

  RedisScripts(String uri, Duration timeout) {
    RedisURI redisUri = RedisURI.create(uri);
    redisUri.setTimeout(timeout);
    this.client = RedisClient.create(redisUri);
    try {
      this.connection = client.connect();
    } catch (RuntimeException e) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      throw e;
    }
  }

  @Override
  public List<Object> run(LiveScript script, String[] keys, String... args) {
    try {
      return connection.sync().evalsha(script.sha(), ScriptOutputType.MULTI, keys, args);
    } catch (RedisNoScriptException e) {
      return connection.sync().eval(script.text(), ScriptOutputType.MULTI, keys, args);
    }
  }

  @Override
  public List<String> members(String key) {
    return List.copyOf(connection.sync().smembers(key));
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}

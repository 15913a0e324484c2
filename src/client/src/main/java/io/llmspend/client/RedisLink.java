package io.llmspend.client;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.llmspend.core.live.LiveScript;
import io.llmspend.core.live.ScriptRunner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One shared, thread-safe Lettuce connection that runs the {@link LiveScript}s by SHA ({@code
 * EVALSHA}), loading a script again with {@code EVAL} after {@code NOSCRIPT} (a Redis restart or
 * failover). Fails fast while Redis is away: commands are rejected, not buffered, and a failed
 * connect is retried at most once a second. Every failure is an {@link
 * io.lettuce.core.RedisException}.
 */
final class RedisLink implements ScriptRunner, AutoCloseable {
  private static final Duration RETRY = Duration.ofSeconds(1);
  private final RedisClient client;
  private final Duration retryAfter;
  private volatile StatefulRedisConnection<String, String> connection;
  private final ReentrantLock connecting = new ReentrantLock();
  private volatile boolean connectFailed;
  private volatile long retryAtNanos;

  /**
   * @param timeout the command timeout
   * @param connectTimeout the timeout of connecting and its handshake (a cold JVM needs more than
   *     a command does)
   */
  RedisLink(String uri, Duration timeout, Duration connectTimeout) {
    RedisURI redisUri = RedisURI.create(uri);
    redisUri.setTimeout(connectTimeout);
    this.client = RedisClient.create(redisUri);
    client.setOptions(ClientOptions.builder()
        .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
        .timeoutOptions(TimeoutOptions.enabled(timeout))
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .autoReconnect(true)
        .build());
    this.retryAfter = connectTimeout.compareTo(RETRY) > 0 ? connectTimeout : RETRY;
  }

  @Override
  public List<Object> run(LiveScript script, String[] keys, String... args) {
    StatefulRedisConnection<String, String> c = connection();
    try {
      return c.sync().evalsha(script.sha(), ScriptOutputType.MULTI, keys, args);
    } catch (RedisNoScriptException e) {
      return c.sync().eval(script.text(), ScriptOutputType.MULTI, keys, args);
    }
  }

  @Override
  public List<String> members(String key) {
    return List.copyOf(connection().sync().smembers(key));
  }

  /**
   * The connection, for the few plain commands (tests, SCAN); connects when needed. While one
   * thread connects, or within a second of a failed connect, other callers fail at once.
   */
  StatefulRedisConnection<String, String> connection() {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      return c;
    }
    if ((connectFailed && System.nanoTime() - retryAtNanos < 0) || !connecting.tryLock()) {
      throw new RedisConnectionException("Redis unavailable (connecting, or the last connect"
          + " failed less than " + retryAfter.toMillis() + " ms ago)");
    }
    try {
      if (connection == null) {
        connection = client.connect();
        connectFailed = false;
      }
      return connection;
    } catch (RuntimeException e) {
      retryAtNanos = System.nanoTime() + retryAfter.toNanos();
      connectFailed = true;
      throw e;
    } finally {
      connecting.unlock();
    }
  }

  @Override
  public void close() {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      c.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}

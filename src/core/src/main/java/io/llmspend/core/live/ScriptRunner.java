package io.llmspend.core.live;

import java.util.List;

/**
 * Runs the {@link LiveScript}s on a Redis; the client's guard and the batch app each bring one
 * (over Lettuce), so this package needs no Redis library.
 */
public interface ScriptRunner {
  /**
   * Runs a script ({@code EVALSHA}, loading it with {@code EVAL} after {@code NOSCRIPT}); Lua
   * integers come back as {@link Long}, strings as {@link String}.
   *
   * @throws RuntimeException (the Redis library's) when Redis is unavailable
   */
  List<Object> run(LiveScript script, String[] keys, String... args);

  /** The members of a set ({@code SMEMBERS}), in any order. */
  List<String> members(String key);
}

package io.llmspend.client;

import io.lettuce.core.api.sync.RedisCommands;

/**
 * The reference: the original design this library replaces, kept to show why it is replaced. It
 * reads the counter, compares, and increments in a separate command, with money as floats
 * ({@code INCRBYFLOAT}); concurrent calls that read before any of them increments all pass the
 * check, so a hard budget overspends. Its correction adds {@code actual - estimate}.
 */
final class CheckThenIncrementGuard {
  private final RedisCommands<String, String> redis;
  private final String key;
  private final double limitUsd;
  private final Runnable betweenCheckAndIncrement;

  CheckThenIncrementGuard(RedisCommands<String, String> redis, String key, double limitUsd) {
    this(redis, key, limitUsd, () -> {});
  }

  /** @param betweenCheckAndIncrement runs after a call passed the check, before it increments */
  CheckThenIncrementGuard(RedisCommands<String, String> redis, String key, double limitUsd,
      Runnable betweenCheckAndIncrement) {
    this.redis = redis;
    this.key = key;
    this.limitUsd = limitUsd;
    this.betweenCheckAndIncrement = betweenCheckAndIncrement;
  }

  /** @return whether the call may go ahead */
  boolean reserve(double estimateUsd) {
    String spent = redis.get(key);
    if ((spent == null ? 0 : Double.parseDouble(spent)) + estimateUsd > limitUsd) {
      return false;
    }
    betweenCheckAndIncrement.run();
    redis.incrbyfloat(key, estimateUsd);
    return true;
  }

  void settle(double estimateUsd, double actualUsd) {
    redis.incrbyfloat(key, actualUsd - estimateUsd);
  }

  double spent() {
    String spent = redis.get(key);
    return spent == null ? 0 : Double.parseDouble(spent);
  }
}

package io.llmspend.tokenize;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.knuddels.jtokkit.api.Encoding;
import java.nio.ByteBuffer;

/**
 * Token counts by (encoding, SHA-256 of the text), so a text seen before is not tokenized again.
 * Keys hold the 32-byte digest, never the text. Bounded (least recently and frequently used entries
 * leave first) and thread-safe; a key is computed at most once at a time, so two threads asking for
 * the same new text tokenize it once.
 */
final class CountCache {

  private final Cache<Key, Integer> cache;

  CountCache(long maximumSize) {
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maximumSize)
            .executor(Runnable::run) // evict on the calling thread: no background pool
            .recordStats()
            .build();
  }

  /** Tokens of {@code text} as ordinary text (special-token strings are not special). */
  int count(Encoding encoding, String text) {
    if (text.isEmpty()) {
      return 0;
    }
    return cache.get(Key.of(encoding.getName(), text), k -> encoding.countTokensOrdinary(text));
  }

  long hits() {
    return cache.stats().hitCount();
  }

  long misses() {
    return cache.stats().missCount();
  }

  private record Key(String encoding, long a, long b, long c, long d) {
    static Key of(String encoding, String text) {
      ByteBuffer digest = ByteBuffer.wrap(Hashes.sha256(text));
      return new Key(
          encoding, digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    }
  }
}

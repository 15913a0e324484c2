package io.llmspend.core.tokenize;

import com.knuddels.jtokkit.api.Encoding;
import io.llmspend.core.Hashes;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Token counts by (encoding, SHA-256 of the text), so a text seen before is not tokenized again.
 * Keys hold the 32-byte digest, never a long text; a text shorter than {@value #SHORT_TEXT}
 * characters (role names, short messages) is its own key, which is cheaper than its digest. Thread-safe; a key is computed at most once at a
 * time, so two threads asking for the same new text tokenize it once.
 *
 * <p>Bounded by two generations of at most half the maximum size each: when the current
 * generation is full it becomes the previous one and the oldest is dropped; a count found in the
 * previous generation moves back into the current one. Texts used again and again (system
 * prompts) therefore stay, texts seen once leave, and at most {@code maximumSize} counts are kept
 * (a few more while threads race at a rotation). A size of 0 keeps nothing.
 */
final class CountCache {
  static final int SHORT_TEXT = 64;

  private final int generationSize;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private volatile ConcurrentHashMap<Object, Integer> current = new ConcurrentHashMap<>();
  private volatile ConcurrentHashMap<Object, Integer> previous = new ConcurrentHashMap<>();

  CountCache(long maximumSize) {
    this.generationSize = (int) Math.min(Integer.MAX_VALUE, (maximumSize + 1) / 2);
  }

  /**
   * Tokens of {@code text} as ordinary text (special-token strings are not special).
   *
   * @throws WordLimit.TooLongWordException if a word of the text is too long to count in bounded
   *     memory ({@link WordLimit})
   */
  int count(Encoding encoding, String text) {
    if (text.isEmpty()) {
      return 0;
    }
    if (generationSize == 0) {
      misses.increment();
      WordLimit.check(encoding.getName(), text);
      return encoding.countTokensOrdinary(text);
    }
    Object key = text.length() < SHORT_TEXT ? new ShortKey(encoding.getName(), text)
        : Key.of(encoding.getName(), text);
    Integer known = current.get(key);
    if (known == null) {
      known = previous.get(key);
      if (known != null) {
        current.putIfAbsent(key, known);
        rotateWhenFull();
      }
    }
    if (known != null) {
      hits.increment();
      return known;
    }
    boolean[] computed = {false};
    int tokens = current.computeIfAbsent(key, k -> {
      computed[0] = true;
      WordLimit.check(encoding.getName(), text);
      return encoding.countTokensOrdinary(text);
    });
    (computed[0] ? misses : hits).increment();
    rotateWhenFull();
    return tokens;
  }

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }

  private void rotateWhenFull() {
    if (current.size() < generationSize) {
      return;
    }
    synchronized (this) {
      if (current.size() >= generationSize) {
        previous = current;
        current = new ConcurrentHashMap<>();
      }
    }
  }

  private record ShortKey(String encoding, String text) {}

  private record Key(String encoding, long a, long b, long c, long d) {
    static Key of(String encoding, String text) {
      ByteBuffer digest = ByteBuffer.wrap(Hashes.sha256(text));
      return new Key(
          encoding, digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    }
  }
}

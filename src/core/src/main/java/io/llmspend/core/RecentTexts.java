package io.llmspend.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a thread last made of its most recent long texts (a digest, an encoding), found again by a
 * hash of the text's length and {@value #SAMPLED} of its characters, then by its whole content:
 * no pass over the whole text for {@link String#hashCode()}, which costs as much as the work it
 * would save. Long texts come back again and again in request logs: a function's system prompt in
 * each of its calls, a conversation's history in each turn. Each thread has its own (not shared,
 * so no lock); the values must not be changed by callers. Texts longer than {@value #LONGEST}
 * characters are not remembered, so a thread holds at most its size times that (a log of
 * many-megabyte lines must not fill the heap with them).
 *
 * @param <V> what is remembered of a text
 */
public final class RecentTexts<V> {
  static final int SAMPLED = 64;
  static final int LONGEST = 64 * 1024;
  private final ThreadLocal<Map<SampledText, V>> recent;

  /** Remembers the last {@code size} texts of each thread. */
  public RecentTexts(int size) {
    this.recent = ThreadLocal.withInitial(() -> new LinkedHashMap<>(2 * size, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<SampledText, V> eldest) {
        return size() > size;
      }
    });
  }

  /** What {@code make} made of {@code text}, remembered or made now and remembered. */
  public V get(String text, Function<String, V> make) {
    if (text.length() > LONGEST) {
      return make.apply(text);
    }
    Map<SampledText, V> map = recent.get();
    SampledText key = new SampledText(text);
    V value = map.get(key);
    if (value == null) {
      value = make.apply(text);
      map.put(key, value);
    }
    return value;
  }

  /**
   * A text as a map key: hashed on its length and {@value #SAMPLED} characters spread over it,
   * equal by its whole content (so texts that share the samples are still told apart).
   */
  private static final class SampledText {
    private final String text;
    private final int hash;

    SampledText(String text) {
      this.text = text;
      int length = text.length();
      int h = length;
      if (length > 0) {
        for (int i = 0; i < SAMPLED; i++) {
          h = 31 * h + text.charAt((int) ((long) i * (length - 1) / (SAMPLED - 1)));
        }
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof SampledText o && o.hash == hash && o.text.equals(text);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}

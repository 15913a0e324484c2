package io.llmspend.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SHA-256 with the JDK's MessageDigest: of text (UTF-8) or bytes. Thread-safe.
 *
 * <p>Long texts come back again and again in request logs (a function's system prompt in each of
 * its calls, a conversation's history in each turn) and encoding them to UTF-8 was the largest
 * single cost of the ingest: each thread remembers the digests of the last {@value #REMEMBERED}
 * texts of at least {@value #LONG_TEXT} characters it hashed, found again by a hash of the text's
 * length and {@value #SAMPLED} of its characters, then its whole content ({@link SampledText}: no
 * re-encoding, and no pass over the whole text for {@link String#hashCode()}, which cost the ingest
 * as much as the encoding it saved).
 */
public final class Hashes {
  static final int LONG_TEXT = 256;
  static final int REMEMBERED = 64;
  static final int SAMPLED = 64;
  private static final ThreadLocal<Map<SampledText, byte[]>> RECENT =
      ThreadLocal.withInitial(() -> new LinkedHashMap<>(2 * REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SampledText, byte[]> eldest) {
          return size() > REMEMBERED;
        }
      });

  private Hashes() {}

  /** A new SHA-256 digest, for hashing in parts. Not thread-safe, as every digest. */
  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}; a new array the caller may keep or change. */
  public static byte[] sha256(String text) {
    if (text.length() < LONG_TEXT) {
      return digestUtf8(text);
    }
    Map<SampledText, byte[]> recent = RECENT.get();
    SampledText key = new SampledText(text);
    byte[] digest = recent.get(key);
    if (digest == null) {
      digest = digestUtf8(text);
      recent.put(key, digest);
    }
    return digest.clone();
  }

  private static byte[] digestUtf8(String text) {
    return newSha256().digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, as lower-case hex. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text));
  }

  /** SHA-256 of {@code bytes}, as lower-case hex. */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(newSha256().digest(bytes));
  }

  /**
   * A long text as a map key: hashed on its length and {@value #SAMPLED} characters spread over it,
   * equal by its whole content (so texts that share the samples are still told apart).
   */
  private static final class SampledText {
    private final String text;
    private final int hash;

    SampledText(String text) {
      this.text = text;
      int length = text.length();
      int h = length;
      for (int i = 0; i < SAMPLED; i++) {
        h = 31 * h + text.charAt((int) ((long) i * (length - 1) / (SAMPLED - 1)));
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

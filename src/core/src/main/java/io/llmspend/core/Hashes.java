package io.llmspend.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 with the JDK's MessageDigest: of text (UTF-8) or bytes. Thread-safe.
 *
 * <p>Encoding long texts to UTF-8 again and again was the largest single cost of the ingest: each
 * thread remembers the digests of the last {@value #REMEMBERED} texts of at least {@value
 * #LONG_TEXT} characters it hashed ({@link RecentTexts}).
 */
public final class Hashes {
  /** Texts this long or longer are remembered (by this class and {@link RecentTexts} users). */
  public static final int LONG_TEXT = 256;
  static final int REMEMBERED = 64;
  private static final RecentTexts<byte[]> RECENT = new RecentTexts<>(REMEMBERED);

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
    return RECENT.get(text, Hashes::digestUtf8).clone();
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
}

package io.llmspend.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 with the JDK's MessageDigest: of text (UTF-8) or bytes. Stateless, thread-safe. */
public final class Hashes {

  private Hashes() {}

  /** A new SHA-256 digest, for hashing in parts. Not thread-safe, as every digest. */
  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}. */
  public static byte[] sha256(String text) {
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

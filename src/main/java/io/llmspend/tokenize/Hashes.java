package io.llmspend.tokenize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text (UTF-8), with the JDK's MessageDigest. Stateless, thread-safe. */
final class Hashes {

  private Hashes() {}

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }

  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text));
  }
}

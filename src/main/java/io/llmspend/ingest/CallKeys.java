package io.llmspend.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable keys of calls: each call is stored once, whatever run loads it. */
final class CallKeys {
  private CallKeys() {}

  /**
   * {@code provider:request_id} when the request id is known; otherwise {@code line:} and the
   * first 32 hex digits of SHA-256 over the file name (relative to its logs folder) and the line
   * number, so the same line of the same file always gets the same key.
   */
  static String of(String provider, String requestId, String file, long line) {
    if (requestId != null) {
      return provider + ":" + requestId;
    }
    return "line:" + sha256Hex(file + "\n" + line).substring(0, 32);
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, as lower-case hex. */
  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}

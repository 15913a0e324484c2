package io.llmspend.core.requestlog;

import io.llmspend.core.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Stable keys of calls: each call is stored once, whatever run loads it. */
public final class CallKeys {
  private CallKeys() {}

  /**
   * {@code provider:request_id} when the request id is known; otherwise {@code line:} and the
   * first 32 hex digits of SHA-256 over the file's identity (a hash of its first line, see
   * the reader's {@code LineSplitter#identity()}), the line number and the line's bytes. The same line of the
   * same file gets the same key whatever the file is called, wherever it lives and however it
   * grew; lines of different files do not collide.
   */
  static String of(String provider, String requestId, SourceLine line) {
    if (requestId != null) {
      return provider + ":" + requestId;
    }
    MessageDigest digest = Hashes.newSha256();
    digest.update((line.fileIdentity() + "\n" + line.line() + "\n")
        .getBytes(StandardCharsets.UTF_8));
    digest.update(line.bytes());
    return "line:" + HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }
}

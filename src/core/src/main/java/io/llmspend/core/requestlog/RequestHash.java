package io.llmspend.core.requestlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.Hashes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;

/**
 * The normalized request hash that finds repeated requests: SHA-256 (hex) of the canonical JSON
 * of {@code {"model": <model as logged>, "request": <body>}}, object keys sorted at every level,
 * without the body's top-level fields that do not change the answer ({@link #IGNORED}). Two calls
 * with the same hash asked the same model the same thing (messages, tools, sampling parameters).
 * Thread-safe.
 */
final class RequestHash {
  /** Top-level request fields left out of the hash: transport, identity and tracing only. */
  static final Set<String> IGNORED = Set.of("stream", "stream_options", "user", "metadata",
      "store", "service_tier", "prompt_cache_key", "safety_identifier");
  private static final ObjectMapper CANONICAL = new ObjectMapper()
      .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

  private RequestHash() {}

  /** The hash, or {@code null} when the call has no request body. */
  static String of(String model, JsonNode request) {
    if (request == null || !request.isObject()) {
      return null;
    }
    // a shallow copy without the ignored fields: the messages' texts are not copied
    ObjectNode body = CANONICAL.createObjectNode();
    request.properties().forEach(field -> {
      if (!IGNORED.contains(field.getKey())) {
        body.set(field.getKey(), field.getValue());
      }
    });
    ObjectNode whole = CANONICAL.createObjectNode();
    whole.put("model", model);
    whole.set("request", body);
    // the canonical JSON goes straight into the digest (no String, no byte array), written as text
    // and encoded as String.getBytes(UTF_8) does: a lone surrogate becomes '?'. (Jackson's own
    // UTF-8 writer would escape surrogates and change the hash.)
    MessageDigest digest = Hashes.newSha256();
    try (Writer out = new OutputStreamWriter(
        new DigestOutputStream(OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8)) {
      CANONICAL.writeValue(out, whole);
    } catch (IOException e) {
      throw new UncheckedIOException("a digest stream does not fail", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}

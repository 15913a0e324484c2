package io.llmspend.core.requestlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.Hashes;
import io.llmspend.core.RecentTexts;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The normalized request hash that finds repeated requests: SHA-256 (hex) of the canonical JSON
 * of {@code {"model": <model as logged>, "request": <body>}}, object keys sorted at every level,
 * without the body's top-level fields that do not change the answer ({@link #IGNORED}). Two calls
 * with the same hash asked the same model the same thing (messages, tools, sampling parameters).
 * Thread-safe.
 *
 * <p>The canonical JSON is Jackson's compact output with sorted keys, encoded as {@code
 * String.getBytes(UTF_8)} encodes (a lone surrogate becomes '?'), fed straight into the digest:
 * strings escaped as Jackson escapes them ({@link #literal}), other scalars written by Jackson. The
 * UTF-8 of each long string is remembered per thread ({@link RecentTexts}): a system prompt or a
 * conversation's history is encoded once, not in every call (writing the whole body through
 * Jackson was 14% of the ingest's CPU).
 */
final class RequestHash {
  /** Top-level request fields left out of the hash: transport, identity and tracing only. */
  static final Set<String> IGNORED = Set.of("stream", "stream_options", "user", "metadata",
      "store", "service_tier", "prompt_cache_key", "safety_identifier");
  private static final ObjectMapper SCALARS = new ObjectMapper();
  private static final RecentTexts<byte[]> LONG_LITERALS = new RecentTexts<>(64);
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RequestHash() {}

  /** The hash, or {@code null} when the call has no request body. */
  static String of(String model, JsonNode request) {
    if (request == null || !request.isObject()) {
      return null;
    }
    MessageDigest digest = Hashes.newSha256();
    digest.update((byte) '{');
    string(digest, "model");
    digest.update((byte) ':');
    if (model == null) {
      digest.update("null".getBytes(StandardCharsets.US_ASCII));
    } else {
      string(digest, model);
    }
    digest.update((byte) ',');
    string(digest, "request");
    digest.update((byte) ':');
    object(digest, request, IGNORED);
    digest.update((byte) '}');
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void value(MessageDigest digest, JsonNode node) {
    if (node.isObject()) {
      object(digest, node, Set.of());
    } else if (node.isArray()) {
      digest.update((byte) '[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          digest.update((byte) ',');
        }
        value(digest, node.get(i));
      }
      digest.update((byte) ']');
    } else if (node.isTextual()) {
      string(digest, node.textValue());
    } else {
      try {
        digest.update(SCALARS.writeValueAsBytes(node)); // numbers, booleans, null: ASCII
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("a parsed scalar can be written", e);
      }
    }
  }

  /** An object with its keys sorted (as String.compareTo sorts), without {@code left}. */
  private static void object(MessageDigest digest, JsonNode node, Set<String> left) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.size());
    node.properties().forEach(field -> {
      if (!left.contains(field.getKey())) {
        fields.add(field);
      }
    });
    fields.sort(Map.Entry.comparingByKey());
    digest.update((byte) '{');
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        digest.update((byte) ',');
      }
      string(digest, fields.get(i).getKey());
      digest.update((byte) ':');
      value(digest, fields.get(i).getValue());
    }
    digest.update((byte) '}');
  }

  private static void string(MessageDigest digest, String text) {
    digest.update(text.length() < Hashes.LONG_TEXT ? utf8Literal(text)
        : LONG_LITERALS.get(text, RequestHash::utf8Literal));
  }

  private static byte[] utf8Literal(String text) {
    return literal(text).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The JSON string literal Jackson writes for {@code text} by default: in quotes; {@code "} and
   * {@code \} after a backslash; backspace, tab, line feed, form feed and carriage return as
   * {@code \b \t \n \f \r}; other characters below U+0020 as {@code \}{@code u00XX} (upper-case
   * hex); everything else as it is.
   */
  static String literal(String text) {
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        break;
      }
      i++;
    }
    if (i == length) {
      return '"' + text + '"';
    }
    StringBuilder out = new StringBuilder(length + 16).append('"').append(text, 0, i);
    for (; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}

package io.llmspend.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.sample.PlannedCall.Plant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Malformed lines: each is an extra line, a damaged copy (with its own request id) of a valid
 * call, written right after it. The four kinds take turns, so any rate above zero plants at least
 * one of each. Stateless.
 */
final class Defects {
  static final List<PlantedKind> KINDS = List.of(PlantedKind.MALFORMED_JSON,
      PlantedKind.MALFORMED_NO_MODEL, PlantedKind.MALFORMED_NEGATIVE_TOKENS,
      PlantedKind.MALFORMED_INVALID_UTF8);
  private static final byte[] USER_KEY = "\"user\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BAD_UTF8 = {(byte) 0xC3, (byte) 0x28};

  private Defects() {}

  /** Positions (in the call list) after which a malformed line follows. */
  static Set<Integer> positions(List<PlannedCall> calls, double rate, Random random) {
    if (rate == 0) {
      return Set.of();
    }
    int wanted = (int) Math.max(KINDS.size(), Math.round(calls.size() * rate));
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).plant() == Plant.NONE) {
        candidates.add(i);
      }
    }
    Collections.shuffle(candidates, random);
    return new TreeSet<>(candidates.subList(0, Math.min(wanted, candidates.size())));
  }

  /** The {@code k}-th malformed line, made from a valid record. */
  static byte[] corrupt(ObjectNode valid, int k, ObjectMapper json) throws JsonProcessingException {
    ObjectNode copy = valid.deepCopy();
    copy.put("request_id", copy.get("request_id").asText() + "x" + k);
    PlantedKind kind = KINDS.get(k % KINDS.size());
    switch (kind) {
      case MALFORMED_NO_MODEL -> copy.remove("model");
      case MALFORMED_NEGATIVE_TOKENS -> negateOutput(copy.path("response"));
      default -> { }
    }
    byte[] bytes = json.writeValueAsBytes(copy);
    if (kind == PlantedKind.MALFORMED_JSON) {
      int cut = bytes.length / 2;
      while (cut > 1 && (bytes[cut - 1] & 0x80) != 0) {
        cut--;
      }
      return Arrays.copyOf(bytes, cut);
    }
    return kind == PlantedKind.MALFORMED_INVALID_UTF8 ? insertBadUtf8(bytes) : bytes;
  }

  private static void negateOutput(JsonNode response) {
    ObjectNode usage = (ObjectNode) (response.has("usage") ? response.get("usage")
        : response.get("usageMetadata"));
    for (String field : List.of("completion_tokens", "output_tokens", "candidatesTokenCount")) {
      if (usage.has(field)) {
        usage.put(field, -1 - usage.get(field).asInt());
        return;
      }
    }
    throw new IllegalStateException("no output count in " + usage);
  }

  private static byte[] insertBadUtf8(byte[] line) {
    for (int i = 0; i + USER_KEY.length <= line.length; i++) {
      if (Arrays.equals(line, i, i + USER_KEY.length, USER_KEY, 0, USER_KEY.length)) {
        int at = i + USER_KEY.length;
        byte[] out = new byte[line.length + BAD_UTF8.length];
        System.arraycopy(line, 0, out, 0, at);
        System.arraycopy(BAD_UTF8, 0, out, at, BAD_UTF8.length);
        System.arraycopy(line, at, out, at + BAD_UTF8.length, line.length - at);
        return out;
      }
    }
    throw new IllegalStateException("no user field to damage");
  }
}

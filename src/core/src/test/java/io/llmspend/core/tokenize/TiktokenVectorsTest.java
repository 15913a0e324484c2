package io.llmspend.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.IntArrayList;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Replays every cl100k_base and o200k_base vector of openai/tiktoken's tests (commit 4e71bbe,
 * {@code tests/test_simple_public.py}, {@code test_encoding.py}, {@code test_offsets.py}; see
 * src/test/resources/tokenizer/SOURCE.md). The file has no o200k_base vectors.
 *
 * <p>JTokkit cannot encode special tokens, so {@code allowed_special="all"} is replayed by
 * splitting on the special-token strings the file lists and encoding the rest as ordinary text.
 * {@code _encode_bytes} takes invalid UTF-8, which no Java String holds; it is replayed in the
 * other direction: the expected token decodes to exactly those bytes.
 */
class TiktokenVectorsTest {

  private static final JsonNode FILE = Goldens.json("tiktoken_test_vectors.json");

  @Test
  void replaysEveryCl100kAndO200kVector() {
    int replayed = 0;
    for (JsonNode vector : FILE.get("vectors")) {
      String name = vector.get("encoding").asText();
      if (Goldens.OUR_ENCODINGS.contains(name)) {
        replay(vector, EncodingCatalog.encoding(name));
        replayed++;
      }
    }
    assertThat(replayed).isEqualTo(21);
  }

  private static void replay(JsonNode vector, Encoding encoding) {
    String method = vector.get("method").asText();
    String where = vector.get("source_file").asText() + ":" + vector.get("line").asInt();
    switch (method) {
      case "encode" ->
          assertThat(encode(vector, encoding).boxed())
              .as(where)
              .isEqualTo(ints(vector, "expected_tokens"));
      case "decode" ->
          assertThat(encoding.decode(list(ints(vector, "input_tokens"))))
              .as(where)
              .isEqualTo(vector.get("expected_text").asText());
      case "_encode_bytes" ->
          assertThat(encoding.decodeBytes(list(ints(vector, "expected_tokens"))))
              .as(where)
              .isEqualTo(HexFormat.of().parseHex(vector.get("input_bytes_hex").asText()));
      case "decode_with_offsets(encode(input))" ->
          assertThat(offsets(encoding, encode(vector, encoding)))
              .as(where)
              .isEqualTo(ints(vector, "expected_offsets"));
      default -> fail("no replay for method " + method + " at " + where);
    }
  }

  private static IntArrayList encode(JsonNode vector, Encoding encoding) {
    String input = vector.get("input").asText();
    if (!vector.path("kwargs").path("allowed_special").asText().equals("all")) {
      return encoding.encodeOrdinary(input);
    }
    JsonNode specials = FILE.get("encodings").get(encoding.getName()).get("special_tokens");
    List<String> names = new ArrayList<>();
    specials.fieldNames().forEachRemaining(n -> names.add(Pattern.quote(n)));
    Matcher special = Pattern.compile(String.join("|", names)).matcher(input);
    IntArrayList tokens = new IntArrayList();
    int start = 0;
    while (special.find()) {
      encoding.encodeOrdinary(input.substring(start, special.start())).boxed().forEach(tokens::add);
      tokens.add(specials.get(special.group()).asInt());
      start = special.end();
    }
    encoding.encodeOrdinary(input.substring(start)).boxed().forEach(tokens::add);
    return tokens;
  }

  /** tiktoken's {@code decode_with_offsets}: code-point offset where each token starts. */
  private static List<Integer> offsets(Encoding encoding, IntArrayList tokens) {
    List<Integer> offsets = new ArrayList<>();
    int textLength = 0;
    for (int token : tokens.toArray()) {
      IntArrayList one = new IntArrayList();
      one.add(token);
      byte[] bytes = encoding.decodeBytes(one);
      offsets.add(Math.max(0, textLength - (continuation(bytes[0]) ? 1 : 0)));
      for (byte b : bytes) {
        textLength += continuation(b) ? 0 : 1;
      }
    }
    return offsets;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static List<Integer> ints(JsonNode vector, String field) {
    List<Integer> ints = new ArrayList<>();
    vector.get(field).forEach(n -> ints.add(n.asInt()));
    return ints;
  }

  private static IntArrayList list(List<Integer> ints) {
    IntArrayList list = new IntArrayList();
    ints.forEach(list::add);
    return list;
  }
}

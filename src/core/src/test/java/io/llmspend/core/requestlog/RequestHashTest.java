package io.llmspend.core.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.json.BadRecordException;
import org.junit.jupiter.api.Test;

class RequestHashTest {
  private final ObjectMapper json = new ObjectMapper();

  // Python: hashlib.sha256(json.dumps({"model": "gpt-4o", "request": {"temperature": 0,
  //   "messages": [{"role": "user", "content": "Hi"}]}}, sort_keys=True,
  //   separators=(",", ":")).encode()).hexdigest()
  static final String HI_GPT4O =
      "5662375a7f34bd79076f419d03add72f4deb036640a1f27cbc0db7ced2953351";

  @Test
  void hashesTheCanonicalJsonWithoutTransportFields() throws Exception {
    JsonNode a = json.readTree("{\"temperature\": 0, \"messages\": [{\"role\": \"user\","
        + " \"content\": \"Hi\"}], \"stream\": true, \"user\": \"u-1\"}");
    JsonNode b = json.readTree("{\"messages\": [{\"content\": \"Hi\", \"role\": \"user\"}],"
        + " \"temperature\": 0}");
    assertThat(RequestHash.of("gpt-4o", a)).isEqualTo(HI_GPT4O);
    assertThat(RequestHash.of("gpt-4o", b)).isEqualTo(HI_GPT4O);
    assertThat(RequestHash.of("gpt-4o-mini", b)).isNotEqualTo(HI_GPT4O);
    assertThat(RequestHash.of("gpt-4o", json.readTree("{\"messages\": [], \"temperature\": 1}")))
        .isNotEqualTo(HI_GPT4O);
    assertThat(RequestHash.of("gpt-4o", null)).isNull();
  }

  @Test
  void hashesNonAsciiTextAsItsUtf8Bytes() throws Exception {
    // Python: json.dumps({"model": "gpt-4o", "request": {"messages": [{"role": "user",
    //   "content": "Gr\u00fc\u00dfe \U0001F44B \u65e5\u672c\u0007"}]}}, sort_keys=True,
    //   separators=(",", ":"), ensure_ascii=False).encode() -> sha256 hex
    JsonNode request = json.readTree("{\"messages\": [{\"role\": \"user\", \"content\":"
        + " \"Gr\u00fc\u00dfe \ud83d\udc4b \u65e5\u672c\\u0007\"}]}");
    assertThat(RequestHash.of("gpt-4o", request))
        .isEqualTo("c859365b1d6aabb806cbc48f3ff45fd0dc6c60b80a1438610820331e020e7d34");
  }

  @Test
  void aLoneSurrogateHashesAsTheQuestionMarkItAlwaysWas() throws Exception {
    // regression: the UTF-8 writer refuses a lone surrogate, which String.getBytes wrote as '?':
    // sha256('{"model":"gpt-4o","request":{"messages":[{"content":"a?b","role":"user"}]}}')
    JsonNode request = json.readTree(
        "{\"messages\": [{\"role\": \"user\", \"content\": \"a\\ud800b\"}]}");
    assertThat(RequestHash.of("gpt-4o", request))
        .isEqualTo("240e70fd4963aa271e708cb120920f17c03fe9e8efab1fb4eb8786a4a970e040");
  }

  @Test
  void escapesEveryCharacterAsJacksonWritesIt() throws Exception {
    // the oracle: Jackson's own string literal for each of the 65,536 UTF-16 code units
    for (int c = 0; c <= 0xFFFF; c++) {
      String text = "a" + (char) c + "b";
      assertThat(RequestHash.literal(text)).as("U+%04X", c)
          .isEqualTo(json.writeValueAsString(text));
    }
  }

  @Test
  void hashesAsJacksonsSortedCompactJsonDoes() throws Exception {
    // the oracle: the canonical JSON as Jackson writes it (keys sorted), encoded as
    // String.getBytes(UTF_8); a long text (>= 256 chars) twice, so the second comes from memory;
    // numbers of every kind, nulls, booleans, nested arrays and objects, escapes, an emoji and a
    // lone surrogate
    String longText = "You are a careful assistant. \"Quote\" \\ \t\u0001\n \u00fc\u20ac / "
        .repeat(12);
    String body = "{\"z\": [1, -2.50, 1e400, 12345678901234567890, 0.1, true, null, {}, []],"
        + " \"messages\": [{\"role\": \"system\", \"content\": \"LONG\"},"
        + " {\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"LONG\"},"
        + " {\"text\": \"\\ud83d\\udc4b \\udc00 x\", \"type\": \"text\"}]}],"
        + " \"B\": {\"b\": 1, \"a\": {\"d\": false, \"c\": 3.0}}, \"stream\": true}";
    body = body.replace("LONG", json.writeValueAsString(longText).replaceAll("^\"|\"$", ""));
    JsonNode request = json.readTree(body);
    ObjectMapper sorted = new ObjectMapper()
        .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED,
            true);
    com.fasterxml.jackson.databind.node.ObjectNode withoutStream =
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.deepCopy());
    withoutStream.remove("stream");
    com.fasterxml.jackson.databind.node.ObjectNode whole = sorted.createObjectNode();
    whole.put("model", "gpt-4o");
    whole.set("request", withoutStream);
    String expected = java.util.HexFormat.of().formatHex(io.llmspend.core.Hashes.newSha256()
        .digest(sorted.writeValueAsString(whole).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(RequestHash.of("gpt-4o", request)).isEqualTo(expected);
    assertThat(RequestHash.of("gpt-4o", json.readTree(body))).isEqualTo(expected);
  }

  @Test
  void readsPrefixBlockHashes() throws Exception {
    assertThat(PrefixBlocks.of(json.readTree("[0, 14, \"ab\"]"))).isEqualTo("0,14,ab");
    assertThat(PrefixBlocks.of(json.readTree("[]"))).isNull();
    assertThat(PrefixBlocks.of(json.missingNode())).isNull();
    assertThatThrownBy(() -> PrefixBlocks.of(json.readTree("[1.5]")))
        .isInstanceOf(BadRecordException.class);
    assertThatThrownBy(() -> PrefixBlocks.of(json.readTree("\"0,1\"")))
        .isInstanceOf(BadRecordException.class);
  }
}

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

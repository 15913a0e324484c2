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

package io.llmspend.core.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.json.BadRecordException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Out-of-range numbers in integer fields are refused (the line is quarantined), never wrapped
 * (issue 16 §2: a status of 18446744073709551816 = 2^64 + 200 was loaded as 200).
 */
class OutOfRangeNumbersTest {
  private static final String BASE = """
      {"request_id":"r1","timestamp":"2026-11-20T09:00:00Z","provider":"openai",\
      "model":"gpt-4o","team":"t","function":"f","status":%s,"latency_ms":%s,\
      "request":{"model":"gpt-4o","max_tokens":%s,"messages":[{"role":"user","content":"hi"}]},\
      "response":{"usage":{"prompt_tokens":%s,"completion_tokens":5}}}""";
  private final RequestLogParser parser = new RequestLogParser(new ObjectMapper());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "status 2^64 + 200 | 18446744073709551816 | 10 | 100 | 10 | status is not a non-negative whole number",
      "status 2^32 + 200 | 4294967496 | 10 | 100 | 10 | status is not an HTTP status",
      "latency 2^64 | 200 | 18446744073709551616 | 100 | 10 | latency_ms is not a non-negative whole number",
      "max_tokens 2^64 + 5 | 200 | 10 | 18446744073709551621 | 10 | request.max_tokens is out of range",
      "max_tokens negative | 200 | 10 | -5 | 10 | request.max_tokens is out of range",
      "prompt_tokens 2^64 + 7 | 200 | 10 | 100 | 18446744073709551623 | implausible token count in usage.prompt_tokens",
      "status 1e300 | 1e300 | 10 | 100 | 10 | status is not a non-negative whole number"})
  void isRefusedNotWrapped(String name, String status, String latency, String maxTokens,
      String promptTokens, String reason) {
    String line = BASE.formatted(status, latency, maxTokens, promptTokens);
    assertThatThrownBy(() -> parser.parse(source(line)))
        .isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith(reason);
  }

  @ParameterizedTest(name = "in range: status {0}")
  @CsvSource({"200, 9223372036854775807", "599, 0"})
  void inRangeValuesAreKeptExactly(int status, long maxTokens) throws Exception {
    ParsedCall call = parser.parse(source(BASE.formatted(status, 10, maxTokens, 100)));
    assertThat(call.status()).isEqualTo(status);
    assertThat(call.maxOutputTokens()).isEqualTo(maxTokens);
  }

  private static SourceLine source(String json) {
    return new SourceLine("f.jsonl", "id", 1, json.getBytes(StandardCharsets.UTF_8), null);
  }
}

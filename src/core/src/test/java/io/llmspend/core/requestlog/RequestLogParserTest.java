package io.llmspend.core.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.Hashes;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.pricing.TokenUsage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestLogParserTest {
  private final RequestLogParser parser = new RequestLogParser(new ObjectMapper());

  private ParsedCall parse(String line) throws BadRecordException {
    return parser.parse(
        new SourceLine("logs/a.jsonl", "f1", 7, line.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void parsesAFullRecord() throws BadRecordException {
    ParsedCall call = parse("""
        {"request_id":"chatcmpl-1","timestamp":"2026-11-23T00:30:00+01:00","provider":"OpenAI",
         "model":"gpt-4o","deployment":null,"team":"support","function":"chat","user":"u1",
         "api_key_id":"k1","project":"p","tags":{"env":"prod"},"status":200,"latency_ms":812,
         "request":{"messages":[],"max_completion_tokens":256},
         "response":{"service_tier":"priority","usage":{"prompt_tokens":10,"completion_tokens":2}}}
        """.replace("\n", ""));

    assertThat(call.key()).isEqualTo("openai:chatcmpl-1");
    assertThat(call.timestamp()).isEqualTo(Instant.parse("2026-11-22T23:30:00Z"));
    assertThat(call.provider()).isEqualTo("openai");
    assertThat(call.attribution()).isEqualTo(
        new Attribution("support", "chat", "u1", "k1", "p", "{\"env\":\"prod\"}"));
    assertThat(call.usage().usage()).isEqualTo(new TokenUsage(10, 0, 0, 0, 2, 0));
    assertThat(call.serviceTier()).isEqualTo("priority");
    assertThat(call.maxOutputTokens()).isEqualTo(256L);
    assertThat(call.latencyMs()).isEqualTo(812L);
    assertThat(call.batch()).isFalse();
  }

  @Test
  void withoutRequestIdTheKeyIsTheFileIdentityLineAndContent() throws BadRecordException {
    String line = "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"x\",\"model\":\"m\"}";
    ParsedCall call = parse(line);
    // SHA-256("f1\n7\n" + line), first 32 hex digits
    assertThat(call.key()).isEqualTo("line:" + Hashes.sha256Hex("f1\n7\n" + line).substring(0, 32));
    assertThat(parse(line).key()).isEqualTo(call.key());
    SourceLine sameLineOtherFile =
        new SourceLine("logs/a.jsonl", "f2", 7, line.getBytes(StandardCharsets.UTF_8), null);
    assertThat(parser.parse(sameLineOtherFile).key()).isNotEqualTo(call.key());
  }

  @Test
  void anthropicBatchTierMeansBatch() throws BadRecordException {
    ParsedCall call = parse("""
        {"timestamp":"2026-11-23T00:00:00Z","provider":"anthropic","model":"claude-haiku-4-5",
         "response":{"usage":{"input_tokens":1,"output_tokens":1,"service_tier":"batch"}}}"""
        .replace("\n", ""));
    assertThat(call.batch()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"openai\" | invalid JSON: ",
      "[1,2] | not a JSON object",
      "{\"provider\":\"openai\",\"model\":\"m\"} | missing timestamp",
      "{\"timestamp\":\"2026-11-23T00:00:00\",\"provider\":\"o\",\"model\":\"m\"} | timestamp is not ISO-8601 with an offset: 2026-11-23T00:00:00",
      "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"model\":\"m\"} | missing provider",
      "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"o\",\"model\":\" \"} | missing model",
      "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"o\",\"model\":\"m\",\"status\":\"ok\"} | status is not a non-negative whole number: \"ok\"",
      "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"o\",\"model\":\"m\",\"tags\":[1]} | tags is not an object",
      "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"o\",\"model\":\"m\",\"response\":{\"usage\":{\"prompt_tokens\":-1}}} | negative token count in usage.prompt_tokens: -1",
  })
  void badRecordsAreQuarantinedWithTheirReason(String line, String reason) {
    assertThatThrownBy(() -> parse(line))
        .isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith(reason.strip());
  }

  @Test
  void aCutLineKeepsTheReasonItAlwaysHad() {
    // regression: lines are parsed from their bytes now, and Jackson's byte parser says
    // "Unexpected end-of-input in VALUE_STRING" where the reports always said this (the sample
    // week's cut line in app-legal): a bad line's reason is the text parser's
    assertThatThrownBy(() -> parse("{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"op"))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("invalid JSON: Unexpected end-of-input: was expecting closing quote for a"
            + " string value");
  }

  @Test
  void invalidUtf8IsBadInput() {
    byte[] bytes = "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"o\",\"model\":\"m\u00ff\"}"
        .getBytes(StandardCharsets.ISO_8859_1); // 0xFF alone is never valid UTF-8
    assertThatThrownBy(() -> parser.parse(new SourceLine("a", "f1", 1, bytes, null)))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("invalid UTF-8");
  }

  @ParameterizedTest
  @CsvSource({"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void aLineInAnotherEncodingIsStillBadInput(String charset) {
    // regression: the byte parser detects UTF-16 and UTF-32 from a 0x00 in the first 4 bytes, so
    // the first line of a UTF-16LE or UTF-32LE file without a byte-order mark ("{\0\"\0...") was
    // loaded while the old text parser, and every later line of that file, quarantined it; the
    // reason is the text parser's, as always
    byte[] bytes = "{\"timestamp\":\"2026-11-23T00:00:00Z\",\"provider\":\"o\",\"model\":\"m\"}"
        .getBytes(Charset.forName(charset));
    assertThatThrownBy(() -> parser.parse(new SourceLine("a", "f1", 1, bytes, null)))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("invalid JSON: Illegal character ((CTRL-CHAR, code 0)): only regular white"
            + " space (\\r, \\n, \\t) is allowed between tokens");
  }

  @Test
  void specialTokenTextIsJustText() throws BadRecordException {
    ParsedCall call = parse("""
        {"timestamp":"2026-11-23T00:00:00Z","provider":"openai","model":"gpt-4o",
         "request":{"messages":[{"role":"user","content":"<|endoftext|> hi"}]}}"""
        .replace("\n", ""));
    assertThat(call.request().path("messages").get(0).path("content").asText())
        .isEqualTo("<|endoftext|> hi");
  }
}

package io.llmspend.client;

import static io.llmspend.client.Requests.HELLO;
import static io.llmspend.client.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.budget.Enforcement;
import io.llmspend.core.requestlog.ParsedCall;
import io.llmspend.core.requestlog.RequestLogParser;
import io.llmspend.core.requestlog.SourceLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker: each way a call ends writes one request-log line that the nightly job's parser
 * reads, with the usage the guard settled on the live budget.
 */
class CallTrackerTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:15:02.481Z");
  private final TestRedis redis = new TestRedis();
  @TempDir Path dir;
  private BudgetGuard guard;
  private RequestLogWriter writer;
  private CallTracker tracker;

  @BeforeEach
  void setUp() {
    guard = BudgetGuard.create(redis.config()
        .budgets(List.of(Requests.globalDaily("1.00", Enforcement.HARD)))
        .expiryMargin(Duration.ofDays(3650)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
    writer = RequestLogWriter.start(RequestLogConfig.builder(dir).shutdownHook(false)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
    tracker = CallTracker.of(guard, writer).withDefaults(c -> c.withTeam("support"));
  }

  @AfterEach
  void cleanUp() {
    writer.close();
    guard.close();
    redis.close();
  }

  private List<JsonNode> lines() throws Exception {
    assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
    ObjectMapper m = new ObjectMapper();
    return Files.readAllLines(dir.resolve("llmspend-2026-11-23.jsonl")).stream()
        .map(l -> {
          try {
            return m.readTree(l);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).toList();
  }

  private static ParsedCall parse(JsonNode line) throws Exception {
    return new RequestLogParser(new ObjectMapper()).parse(new SourceLine("t.jsonl", "id", 1,
        line.toString().getBytes(StandardCharsets.UTF_8), null));
  }

  private String spent() {
    return guard.status().get(0).spentUsd().toPlainString();
  }

  @Test
  void finishSettlesAndRecordsALineTheNightlyParserReads() throws Exception {
    try (TrackedCall call = tracker.start("support-chat", HELLO)) {
      // 8 x 0.15 + 40 x 0.60 = 25.2 micro-dollars, charged 25
      assertThat(call.finish(json("""
          {"id":"chatcmpl-1","object":"chat.completion","choices":[{"message":{"content":"Hi"}}],
           "usage":{"prompt_tokens":8,"completion_tokens":40,"total_tokens":48}}"""))
          .settledMicros()).isEqualTo(25);
    }
    assertThat(spent()).isEqualTo("0.000025");
    JsonNode line = lines().get(0);
    assertThat(line.get("response").has("choices")).isFalse(); // usage only, no content
    ParsedCall parsed = parse(line);
    assertThat(parsed.requestId()).isEqualTo("chatcmpl-1");
    assertThat(parsed.timestamp()).isEqualTo(NOW);
    assertThat(parsed.provider()).isEqualTo("openai");
    assertThat(parsed.attribution().function()).isEqualTo("support-chat");
    assertThat(parsed.attribution().team()).isEqualTo("support");
    assertThat(parsed.usage().usage().outputTokens()).isEqualTo(40);
    assertThat(parsed.status()).isEqualTo(200);
    assertThat(parsed.request()).isEqualTo(HELLO);
  }

  @Test
  void theFunctionComesFromTheEnclosingScope() throws Exception {
    LlmFunctions.call("invoice-extraction", () -> {
      try (TrackedCall call = tracker.start((String) null, HELLO)) {
        call.finish(Requests.openAiUsage(8, 40));
      }
      return null;
    });
    assertThat(parse(lines().get(0)).attribution().function()).isEqualTo("invoice-extraction");
  }

  @Test
  void anOpenAiStreamSettlesFromTheFinalChunksUsage() throws Exception {
    try (TrackedCall call = tracker.start("support-chat", HELLO)) {
      call.chunk(json("{\"id\":\"chatcmpl-2\",\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}"));
      call.chunk(json("{\"id\":\"chatcmpl-2\",\"choices\":[],\"usage\":{\"prompt_tokens\":8,"
          + "\"completion_tokens\":100,\"total_tokens\":108}}"));
      // 8 x 0.15 + 100 x 0.60 = 61.2 -> 61
      assertThat(call.finishStream().settledMicros()).isEqualTo(61);
      assertThat(call.cutShort()).isFalse();
    }
    ParsedCall parsed = parse(lines().get(0));
    assertThat(parsed.requestId()).isEqualTo("chatcmpl-2");
    assertThat(parsed.usage().usage().outputTokens()).isEqualTo(100);
  }

  @Test
  void anAnthropicStreamCutShortSettlesFromTheRecountAndIsMarked() throws Exception {
    JsonNode request = json("""
        {"model":"claude-3-5-haiku-20241022","max_tokens":100,
         "messages":[{"role":"user","content":"Hello"}]}""");
    TrackedCall call = tracker.start("support-chat", request);
    call.chunk(json("""
        {"type":"message_start","message":{"id":"msg_01","usage":{"input_tokens":12,
         "cache_read_input_tokens":0,"output_tokens":1}}}"""));
    call.chunk(json("""
        {"type":"content_block_delta","index":0,"delta":{"type":"text_delta",
         "text":"Hello there, how are you"}}"""));
    call.close(); // the connection dropped before message_delta
    assertThat(call.cutShort()).isTrue();
    // input 12 from message_start; output re-counted (o200k_base estimate for Claude):
    // "Hello", " there", ",", " how", " are", " you" = 6 tokens;
    // 12 x 0.80 + 6 x 4.00 = 33.6 micro-dollars -> 34
    assertThat(spent()).isEqualTo("0.000034");
    JsonNode line = lines().get(0);
    assertThat(line.get("usage_source").asText()).isEqualTo("stream_cut_recount");
    ParsedCall parsed = parse(line);
    assertThat(parsed.requestId()).isEqualTo("msg_01");
    assertThat(parsed.usage().usage().uncachedInputTokens()).isEqualTo(12);
    assertThat(parsed.usage().usage().outputTokens()).isEqualTo(6);
  }

  @Test
  void aCallClosedWithoutAnswerIsReleasedAndRecordedAsNotBilled() throws Exception {
    try (TrackedCall call = tracker.start("support-chat", HELLO)) {
      assertThat(guard.status().get(0).reservedUsd()).isEqualTo("0.000062");
    }
    assertThat(guard.status().get(0).reservedUsd()).isEqualTo("0.000000");
    assertThat(spent()).isEqualTo("0.000000");
    ParsedCall parsed = parse(lines().get(0));
    assertThat(parsed.status()).isEqualTo(499);
    assertThat(parsed.usage()).isNull();
    assertThat(parsed.requestId()).startsWith("llmspend-");
  }

  @Test
  void aResponseWithoutUsageSettlesTheInputRecountAsTheNightlyJobPricesIt() throws Exception {
    try (TrackedCall call = tracker.start("support-chat", HELLO)) {
      // 8 x 0.15 = 1.2 micro-dollars -> 1
      assertThat(call.finish(json("{\"id\":\"chatcmpl-3\"}")).settledMicros()).isEqualTo(1);
    }
    assertThat(parse(lines().get(0)).usage()).isNull();
  }

  @Test
  void anUnreadableUsageIsSettledAndLoggedAsARecountNotLost() throws Exception {
    try (TrackedCall call = tracker.start("support-chat", HELLO)) {
      // a negative count: the nightly job would quarantine the line; the re-count prices it
      // 8 x 0.15 = 1.2 micro-dollars -> 1
      assertThat(call.finish(json("{\"id\":\"chatcmpl-4\",\"usage\":{\"prompt_tokens\":-8,"
          + "\"completion_tokens\":40}}")).settledMicros()).isEqualTo(1);
    }
    ParsedCall parsed = parse(lines().get(0));
    assertThat(parsed.requestId()).isEqualTo("chatcmpl-4");
    assertThat(parsed.usage()).isNull();
  }
}

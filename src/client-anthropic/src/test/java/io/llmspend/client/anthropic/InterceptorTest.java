package io.llmspend.client.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.client.BudgetGuard;
import io.llmspend.client.CallTracker;
import io.llmspend.client.GuardConfig;
import io.llmspend.client.LlmFunctions;
import io.llmspend.client.RequestLogConfig;
import io.llmspend.client.RequestLogWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official anthropic-java SDK against a stub Messages endpoint on 127.0.0.1, through the
 * interceptor: a call, a stream and a stream cut short each write one request-log line with the
 * usage the guard settled. No budgets here: the Redis path is tested in the client module.
 */
class InterceptorTest {
  @TempDir Path dir;
  private StubAnthropic stub;
  private BudgetGuard guard;
  private RequestLogWriter writer;
  private AnthropicClient client;

  @BeforeEach
  void setUp() throws Exception {
    stub = new StubAnthropic();
    guard = BudgetGuard.create(GuardConfig.builder().keyPrefix("never-used").build());
    writer = RequestLogWriter.start(RequestLogConfig.builder(dir).shutdownHook(false).build());
    CallTracker tracker = CallTracker.of(guard, writer);
    client = AnthropicOkHttpClient.builder().baseUrl(stub.url()).apiKey("test-key")
        .maxRetries(0)
        .addInterceptor(new LlmSpendAnthropicInterceptor(tracker, c -> c.withTeam("legal")))
        .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    writer.close();
    guard.close();
    stub.close();
  }

  private static MessageCreateParams params(String text) {
    return MessageCreateParams.builder().model("claude-3-5-haiku-20241022").maxTokens(100)
        .addUserMessage(text).build();
  }

  private List<JsonNode> lines() throws Exception {
    assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
    List<JsonNode> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        for (String l : Files.readAllLines(f)) {
          out.add(new ObjectMapper().readTree(l));
        }
      }
    }
    return out;
  }

  @Test
  void aCallIsSettledFromItsUsageAndRecorded() throws Exception {
    Message answer = LlmFunctions.call("contract-review",
        () -> client.messages().create(params("2 + 2?")));
    assertThat(answer.id()).isEqualTo("msg_stub_1");
    JsonNode line = lines().get(0);
    assertThat(line.get("request_id").asText()).isEqualTo("msg_stub_1");
    assertThat(line.get("provider").asText()).isEqualTo("anthropic");
    assertThat(line.get("function").asText()).isEqualTo("contract-review");
    assertThat(line.get("team").asText()).isEqualTo("legal");
    assertThat(line.at("/request/messages/0/content").asText()).isEqualTo("2 + 2?");
    assertThat(line.at("/response/usage/cache_read_input_tokens").asLong()).isEqualTo(100);
    assertThat(line.at("/response/content").isMissingNode()).isTrue(); // no answer text kept
    assertThat(guard.metrics().settled()).isEqualTo(1);
  }

  @Test
  void aStreamIsSettledFromItsMessageDelta() throws Exception {
    try (StreamResponse<RawMessageStreamEvent> events =
        client.messages().createStreaming(params("Hello"))) {
      assertThat(events.stream().count()).isEqualTo(6);
    }
    JsonNode line = lines().get(0);
    assertThat(line.get("request_id").asText()).isEqualTo("msg_stub_2");
    assertThat(line.at("/response/usage/input_tokens").asLong()).isEqualTo(12);
    assertThat(line.at("/response/usage/output_tokens").asLong()).isEqualTo(15);
    assertThat(line.has("usage_source")).isFalse();
  }

  @Test
  void aStreamCutShortIsSettledFromTheRecount() throws Exception {
    try (StreamResponse<RawMessageStreamEvent> events =
        client.messages().createStreaming(params("cut"))) {
      assertThat(events.stream().count()).isEqualTo(3);
    }
    JsonNode line = lines().get(0);
    assertThat(line.get("usage_source").asText()).isEqualTo("stream_cut_recount");
    // "Hello there": "Hello", " there" = 2 tokens (o200k_base estimate for Claude)
    assertThat(line.at("/response/usage/input_tokens").asLong()).isEqualTo(12);
    assertThat(line.at("/response/usage/output_tokens").asLong()).isEqualTo(2);
  }
}

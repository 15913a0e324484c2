package io.llmspend.client.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.client.BudgetGuard;
import io.llmspend.client.CallTracker;
import io.llmspend.client.GuardConfig;
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
import org.springframework.ai.chat.client.ChatClient;

/**
 * The Spring AI advisor over a fake chat model: a call and a stream each write one request-log
 * line with the prompt as an OpenAI body and the model's usage; a stream cancelled after its
 * first chunk is settled from the re-count and marked. No budgets: Redis is not needed here
 * (the guard's Redis path is tested in the client module).
 */
class LlmSpendAdvisorTest {
  @TempDir Path dir;
  private BudgetGuard guard;
  private RequestLogWriter writer;
  private final FakeChatModel model = new FakeChatModel();
  private ChatClient chat;

  @BeforeEach
  void setUp() {
    guard = BudgetGuard.create(GuardConfig.builder().keyPrefix("never-used").build());
    writer = RequestLogWriter.start(RequestLogConfig.builder(dir).shutdownHook(false).build());
    CallTracker tracker = CallTracker.of(guard, writer);
    chat = ChatClient.builder(model).defaultAdvisors(new LlmSpendAdvisor(tracker,
        c -> c.withTeam("support"), "openai", "gpt-4o-mini")).build();
  }

  @AfterEach
  void tearDown() {
    writer.close();
    guard.close();
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
  void aCallIsRecordedWithTheAdvisorParameterAsItsFunction() throws Exception {
    String answer = chat.prompt().system("Be brief.").user("Hello")
        .advisors(a -> a.param(LlmSpendAdvisor.FUNCTION, "support-chat")).call().content();
    assertThat(answer).isEqualTo("Hi there");
    JsonNode line = lines().get(0);
    assertThat(line.get("request_id").asText()).isEqualTo("chatcmpl-1");
    assertThat(line.get("provider").asText()).isEqualTo("openai");
    assertThat(line.get("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(line.get("function").asText()).isEqualTo("support-chat");
    assertThat(line.get("team").asText()).isEqualTo("support");
    assertThat(line.at("/request/messages/0/role").asText()).isEqualTo("system");
    assertThat(line.at("/request/messages/1/content").asText()).isEqualTo("Hello");
    assertThat(line.at("/response/usage/prompt_tokens").asLong()).isEqualTo(8);
    assertThat(line.at("/response/usage/completion_tokens").asLong()).isEqualTo(40);
    assertThat(guard.metrics().settled()).isEqualTo(1);
  }

  @Test
  void aStreamSettlesFromItsLastChunksUsage() throws Exception {
    List<String> parts = chat.prompt().user("Hello").stream().content().collectList().block();
    assertThat(String.join("", parts)).isEqualTo("Hi there");
    JsonNode line = lines().get(0);
    assertThat(line.at("/response/usage/completion_tokens").asLong()).isEqualTo(2);
    assertThat(line.has("usage_source")).isFalse();
  }

  @Test
  void aStreamCancelledAfterItsFirstChunkIsSettledFromTheRecount() throws Exception {
    chat.prompt().user("Hello").stream().content().take(1).collectList().block();
    JsonNode line = lines().get(0);
    assertThat(line.get("usage_source").asText()).isEqualTo("stream_cut_recount");
    // input: the request re-counted, 3 + 1 ("user") + 1 ("Hello") + 3 = 8; output: "Hi" = 1
    assertThat(line.at("/response/usage/prompt_tokens").asLong()).isEqualTo(8);
    assertThat(line.at("/response/usage/completion_tokens").asLong()).isEqualTo(1);
  }
}

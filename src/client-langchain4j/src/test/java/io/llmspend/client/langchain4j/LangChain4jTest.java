package io.llmspend.client.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.llmspend.client.BudgetExceededException;
import io.llmspend.client.BudgetGuard;
import io.llmspend.client.CallTracker;
import io.llmspend.client.GuardConfig;
import io.llmspend.client.LlmFunctions;
import io.llmspend.client.RequestLogConfig;
import io.llmspend.client.RequestLogWriter;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetPeriod;
import io.llmspend.core.budget.BudgetScope;
import io.llmspend.core.budget.Enforcement;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listener and the guarded model over a fake OpenAI chat model answering 8 tokens in, 40
 * out: each call writes one request-log line; an error is recorded as not billed; a hard budget
 * refuses before the model is called (the shared Redis, under a key prefix of this test's own).
 */
class LangChain4jTest {
  private static final String REDIS = System.getenv().getOrDefault("LLMSPEND_TEST_REDIS_URI",
      "redis://127.0.0.1:6379");
  private final String prefix = "llmspend-test-lc4j-"
      + Long.toHexString(ThreadLocalRandom.current().nextLong());
  @TempDir Path dir;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final AtomicInteger sent = new AtomicInteger();

  /** The fake provider model. */
  private ChatModel model(List<ChatModelListener> listeners, boolean fail) {
    return new ChatModel() {
      @Override
      public ChatResponse doChat(ChatRequest request) {
        sent.incrementAndGet();
        if (fail) {
          throw new IllegalStateException("HTTP 503");
        }
        return ChatResponse.builder().aiMessage(AiMessage.from("Hi there")).id("chatcmpl-9")
            .modelName("gpt-4o-mini").tokenUsage(new TokenUsage(8, 40)).build();
      }

      @Override
      public ChatRequestParameters defaultRequestParameters() {
        return ChatRequestParameters.builder().modelName("gpt-4o-mini").maxOutputTokens(100)
            .build();
      }

      @Override
      public List<ChatModelListener> listeners() {
        return listeners;
      }

      @Override
      public ModelProvider provider() {
        return ModelProvider.OPEN_AI;
      }
    };
  }

  private CallTracker tracker(List<Budget> budgets) {
    BudgetGuard guard = BudgetGuard.create(GuardConfig.builder().redisUri(REDIS).keyPrefix(prefix)
        .redisTimeout(Duration.ofSeconds(5)).budgets(budgets).build());
    RequestLogWriter writer = RequestLogWriter.start(RequestLogConfig.builder(dir)
        .shutdownHook(false).build());
    open.add(guard);
    open.add(writer);
    return CallTracker.of(guard, writer);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    RedisClient client = RedisClient.create(REDIS);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      List<String> keys = c.sync().keys("{" + prefix + "}*");
      if (!keys.isEmpty()) {
        c.sync().del(keys.toArray(String[]::new));
      }
    } finally {
      client.shutdown();
    }
  }

  private List<JsonNode> lines(CallTracker tracker) throws Exception {
    assertThat(tracker.writer().flush(Duration.ofSeconds(10))).isTrue();
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
  void theListenerRecordsEachCallWithItsUsageAndFunction() throws Exception {
    CallTracker tracker = tracker(List.of());
    ChatModel chat = model(List.of(new LlmSpendChatModelListener(tracker,
        c -> c.withTeam("support"))), false);
    String answer = LlmFunctions.call("support-chat", () -> chat.chat("Hello"));
    assertThat(answer).isEqualTo("Hi there");
    JsonNode line = lines(tracker).get(0);
    assertThat(line.get("request_id").asText()).isEqualTo("chatcmpl-9");
    assertThat(line.get("provider").asText()).isEqualTo("openai");
    assertThat(line.get("function").asText()).isEqualTo("support-chat");
    assertThat(line.get("team").asText()).isEqualTo("support");
    assertThat(line.at("/request/max_tokens").asInt()).isEqualTo(100);
    assertThat(line.at("/request/messages/0/content").asText()).isEqualTo("Hello");
    assertThat(line.at("/response/usage/prompt_tokens").asLong()).isEqualTo(8);
    assertThat(line.at("/response/usage/completion_tokens").asLong()).isEqualTo(40);
  }

  @Test
  void anErrorIsReleasedAndRecordedAsNotBilled() throws Exception {
    CallTracker tracker = tracker(List.of());
    ChatModel chat = model(List.of(new LlmSpendChatModelListener(tracker, c -> c)), true);
    assertThatThrownBy(() -> chat.chat("Hello")).hasMessageContaining("HTTP 503");
    JsonNode line = lines(tracker).get(0);
    assertThat(line.get("status").asInt()).isEqualTo(499);
    assertThat(line.has("response")).isFalse();
    assertThat(tracker.guard().metrics().released()).isEqualTo(1);
  }

  @Test
  void theGuardedModelRefusesBeforeTheProviderIsCalled() throws Exception {
    // limit 100 micro-dollars; "Hello" with max 100 output tokens reserves
    // 8 x 0.15 + 100 x 0.60 = 61.2 -> 62: the first call fits, a second (62 + 62) would not
    Budget daily = new Budget("lc4j-daily", BudgetScope.GLOBAL, Budget.ALL, null,
        BudgetPeriod.DAY, new BigDecimal("0.0001"), Budget.DEFAULT_THRESHOLDS, Enforcement.HARD,
        null, 0);
    CallTracker tracker = tracker(List.of(daily));
    ChatModel chat = new GuardedChatModel(model(List.of(), false), tracker, "openai", c -> c);
    chat.chat("Hello"); // settled at 8 x 0.15 + 40 x 0.60 = 25.2 -> 25
    chat.chat("Hello"); // 25 + 62 = 87 <= 100
    assertThatThrownBy(() -> chat.chat("Hello")) // 50 + 62 = 112 > 100
        .isInstanceOf(BudgetExceededException.class);
    assertThat(sent.get()).isEqualTo(2);
    assertThat(tracker.guard().status().get(0).spentUsd()).isEqualTo("0.000050");
    assertThat(lines(tracker)).hasSize(2);
  }
}

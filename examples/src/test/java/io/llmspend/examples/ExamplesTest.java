package io.llmspend.examples;

import io.llmspend.core.live.LiveBudget;
import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.MessageCreateParams;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.llmspend.client.BudgetGuard;
import io.llmspend.client.CallTracker;
import io.llmspend.client.GuardConfig;
import io.llmspend.client.LlmFunctions;
import io.llmspend.client.RequestLogConfig;
import io.llmspend.client.RequestLogWriter;
import io.llmspend.core.budget.BudgetFile;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.requestlog.ParsedCall;
import io.llmspend.core.requestlog.RequestLogParser;
import io.llmspend.core.requestlog.SourceLine;
import io.llmspend.examples.anthropic.AnthropicExample;
import io.llmspend.examples.langchain4j.LangChain4jExample;
import io.llmspend.examples.plain.PlainHttpExample;
import io.llmspend.examples.springai.SupportApplication;
import io.llmspend.examples.springai.SupportAssistant;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every example against the stub provider on 127.0.0.1, budgets on the shared Redis under a key
 * prefix of this test's own: each call writes one request-log line, and the live budget's spend is
 * exactly the sum of the lines priced as the nightly job prices them (the nightly ingestion itself
 * is proven in the batch module's TrackerToNightlyTest). Every answer has usage 20 in, 7 out.
 */
class ExamplesTest {
  private static final String REDIS = System.getenv().getOrDefault("LLMSPEND_TEST_REDIS_URI",
      "redis://127.0.0.1:6379");
  private final String prefix = "llmspend-test-examples-"
      + Long.toHexString(ThreadLocalRandom.current().nextLong());
  @TempDir Path work;

  @AfterEach
  void cleanUp() {
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

  @Test
  void everyExampleRecordsItsCallsAndTheLiveSpendEqualsTheirPricedLines() throws Exception {
    Path budgets = work.resolve("budgets.yml");
    Files.writeString(budgets, """
        budgets:
          - name: all-monthly
            scope: global
            period: month
            limit-usd: 5.00
            enforcement: hard
        """);
    Path logs = work.resolve("logs");
    try (StubProvider stub = new StubProvider()) {
      try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
          SupportApplication.class).run("--spring.ai.openai.base-url=" + stub.url() + "/v1",
          "--llmspend.client.redis-uri=" + REDIS, "--llmspend.client.key-prefix=" + prefix,
          "--llmspend.client.budgets-file=" + budgets,
          "--llmspend.client.log-directory=" + logs, "--llmspend.client.file-prefix=spring-")) {
        SupportAssistant assistant = app.getBean(SupportAssistant.class);
        assertThat(assistant.answer("Where is my order?")).isEqualTo("Hello from the stub.");
        assertThat(assistant.triage("The app crashes.")).isEqualTo("Hello from the stub.");
        assertThat(String.join("", assistant.answerStreaming("Hi")))
            .isEqualTo("Hello from the stub.");
      }
      try (BudgetGuard guard = BudgetGuard.create(GuardConfig.builder().redisUri(REDIS)
              .keyPrefix(prefix).budgets(BudgetFile.read(budgets)).build());
          RequestLogWriter writer = RequestLogWriter.start(RequestLogConfig.builder(logs)
              .shutdownHook(false).build())) {
        CallTracker tracker = CallTracker.of(guard, writer);
        ChatModel tracked = LangChain4jExample.tracked(stub.url() + "/v1", tracker);
        ChatModel guarded = LangChain4jExample.guarded(stub.url() + "/v1", tracker);
        LlmFunctions.call("research-summary", () -> tracked.chat("Summarize."));
        LlmFunctions.call("research-summary", () -> guarded.chat("Summarize again."));
        new PlainHttpExample(tracker, stub.url()).extract("Invoice 42: 3 items.");
        AnthropicClient claude = AnthropicExample.client(stub.url(), tracker);
        try {
          MessageCreateParams params = MessageCreateParams.builder()
              .model("claude-3-5-haiku-20241022").maxTokens(200).addUserMessage("Clause 4?")
              .build();
          LlmFunctions.call("contract-review", () -> claude.messages().create(params));
          LlmFunctions.call("contract-review", () -> {
            try (var events = claude.messages().createStreaming(params)) {
              return events.stream().count();
            }
          });
        } finally {
          claude.close();
        }
        assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(guard.metrics().settled()).isEqualTo(5); // the Spring app has its own guard

        List<ParsedCall> lines = lines(logs);
        assertThat(lines).extracting(c -> c.attribution().function()).containsExactlyInAnyOrder(
            "support-chat", "ticket-triage", "support-chat", "research-summary",
            "research-summary", "invoice-extraction", "contract-review", "contract-review");
        assertThat(lines).filteredOn(c -> c.sourceFile().contains("spring-"))
            .allMatch(c -> "support".equals(c.attribution().team())
                && "{\"env\":\"prod\"}".equals(c.attribution().tagsJson()));
        assertThat(lines).allMatch(c -> c.usage().usage().inputTokens() == 20
            && c.usage().usage().outputTokens() == 7);
        // gpt-4o-mini: 20 x 0.15 + 7 x 0.60 = 7.2 micro-dollars -> 7, six calls: 42;
        // claude-3-5-haiku: 20 x 0.80 + 7 x 4.00 = 44 micro-dollars, two calls: 42 + 88 = 130
        long priced = 0;
        CallPricer pricer = PricingProperties.defaults().pricer(
            PricingProperties.defaults().readPriceBook());
        for (ParsedCall c : lines) {
          CallCost cost = pricer.price(c.provider(), c.model(), null, c.timestamp(),
              c.usage().usage(), c.batch(), c.serviceTier());
          priced += cost.totalUsd().setScale(6, RoundingMode.HALF_UP).unscaledValue()
              .longValueExact();
        }
        assertThat(priced).isEqualTo(130);
        LiveBudget all = guard.status().get(0);
        assertThat(all.spentUsd()).isEqualTo("0.000130");
        assertThat(all.reservedUsd()).isEqualTo("0.000000");
      }
    }
  }

  private static List<ParsedCall> lines(Path logs) throws Exception {
    RequestLogParser parser = new RequestLogParser(new ObjectMapper());
    List<ParsedCall> out = new ArrayList<>();
    try (var files = Files.list(logs)) {
      for (Path f : files.sorted().toList()) {
        long n = 0;
        for (String line : Files.readAllLines(f)) {
          out.add(parser.parse(new SourceLine(f.toString(), f.toString(), ++n,
              line.getBytes(StandardCharsets.UTF_8), null)));
        }
      }
    }
    return out;
  }
}

package io.llmspend.batch.live;

import io.llmspend.core.live.LiveBudget;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.llmspend.batch.budget.LiveStatus;
import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import io.llmspend.client.BudgetGuard;
import io.llmspend.client.CallInfo;
import io.llmspend.client.CallTracker;
import io.llmspend.client.GuardConfig;
import io.llmspend.client.RequestLogConfig;
import io.llmspend.client.RequestLogWriter;
import io.llmspend.client.ProviderShapes;
import io.llmspend.client.TrackedCall;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.budget.BudgetFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: an application's tracker (guard on the shared Redis, under a key prefix of this
 * test's own) makes calls of every kind yesterday in Berlin and writes their request-log lines;
 * the nightly job ingests those lines unchanged. Every call's nightly cost equals what the guard
 * settled, to the micro-dollar (so to the cent); the budgets agree; the nightly run writes the
 * true spend back to Redis as the baseline and reports the drift.
 */
class TrackerToNightlyTest {
  private static final String REDIS = System.getenv().getOrDefault("LLMSPEND_TEST_REDIS_URI",
      "redis://127.0.0.1:6379");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String prefix = "llmspend-test-e2e-"
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

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void everyTrackedCallCostsTheSameNightlyAndTheNightlyRunCorrectsTheLiveBudgets()
      throws Exception {
    LocalDate day = LocalDate.now(BERLIN).minusDays(1);
    Instant noon = day.atTime(12, 0).atZone(BERLIN).toInstant();
    Path budgets = work.resolve("budgets.yml");
    Files.writeString(budgets, """
        budgets:
          - name: all-monthly
            scope: global
            period: month
            limit-usd: 10.00
            enforcement: hard
          - name: per-function-daily
            scope: function
            member: "*"
            period: day
            limit-usd: 1.00
        """);
    Path logs = work.resolve("logs");
    Map<String, Long> settled = new LinkedHashMap<>();
    Clock clock = Clock.fixed(noon, ZoneOffset.UTC);
    try (BudgetGuard guard = BudgetGuard.create(GuardConfig.builder().redisUri(REDIS)
            .keyPrefix(prefix).timeZone(BERLIN).budgets(BudgetFile.read(budgets)).clock(clock)
            .redisTimeout(java.time.Duration.ofSeconds(5)).build());
        RequestLogWriter writer = RequestLogWriter.start(RequestLogConfig.builder(logs)
            .timeZone(BERLIN).clock(clock).shutdownHook(false).build())) {
      CallTracker tracker = CallTracker.of(guard, writer).withDefaults(c -> c.withTeam("support"));
      makeCalls(tracker, settled);
      assertThat(writer.flush(java.time.Duration.ofSeconds(10))).isTrue();
    }

    Path config = work.resolve("llmspend-test.yml");
    Files.writeString(config, """
        spring:
          datasource:
            url: jdbc:h2:mem:llmspend-${random.uuid}
        llmspend:
          time-zone: Europe/Berlin
          budget:
            file: %s
          live:
            redis-uri: %s
            key-prefix: %s
        """.formatted(budgets, REDIS, prefix));
    int exit = LlmSpendCommand.execute("nightly", "--logs", logs.toString(),
        "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(), "--date", day.toString(),
        "--config", config.toString());
    assertThat(exit).isEqualTo(ExitCodes.SUCCESS);

    Map<String, BigDecimal> nightly = query("select request_id, cost_usd from calls");
    assertThat(nightly.keySet()).containsExactlyInAnyOrderElementsOf(settled.keySet());
    long total = 0;
    for (Map.Entry<String, Long> call : settled.entrySet()) {
      BigDecimal cost = nightly.get(call.getKey());
      assertThat(cost.setScale(6, RoundingMode.HALF_UP).unscaledValue().longValueExact())
          .as(call.getKey()).isEqualTo(call.getValue());
      total += call.getValue();
    }

    // the live counter held the settled micro-dollars; the nightly's true spend is the exact sum;
    // each call rounds by at most half a micro-dollar, so the drift is within 9 x 0.5 micro
    Map<String, BigDecimal> live = query("select budget || '/' || member, live_usd"
        + " from budget_live");
    Map<String, BigDecimal> drift = query("select budget || '/' || member, drift_usd"
        + " from budget_live");
    Map<String, BigDecimal> spent = query("select budget || '/' || member, spent_usd"
        + " from budget_status");
    assertThat(live.get("all-monthly/(all)")).isEqualByComparingTo(BigDecimal.valueOf(total, 6));
    assertThat(spent.get("all-monthly/(all)").setScale(2, RoundingMode.HALF_UP))
        .isEqualTo(BigDecimal.valueOf(total, 6).setScale(2, RoundingMode.HALF_UP));
    assertThat(drift.get("all-monthly/(all)").abs()).isLessThanOrEqualTo(new BigDecimal("0.0000045"));
    assertThat(live.keySet()).contains("per-function-daily/support-chat",
        "per-function-daily/contract-review");

    // after the correction the guards see the true spend (to the micro-dollar) as spent
    LiveStatus status = LiveStatus.load(config, null, null);
    String text = status.read(day.atTime(18, 0).atZone(BERLIN).toInstant());
    System.out.print(text); // the docs/budgets.md example
    assertThat(text).contains("per-function-daily       support-chat");
    try (BudgetGuard guard = BudgetGuard.create(GuardConfig.builder().redisUri(REDIS)
        .keyPrefix(prefix).timeZone(BERLIN).budgets(BudgetFile.read(budgets))
        .clock(Clock.fixed(noon, ZoneOffset.UTC)).build())) {
      LiveBudget all = guard.status().stream().filter(b -> b.budget().equals("all-monthly"))
          .findFirst().orElseThrow();
      assertThat(all.spentUsd()).isEqualByComparingTo(
          spent.get("all-monthly/(all)").setScale(6, RoundingMode.HALF_UP));
      assertThat(all.correctedThrough()).isEqualTo(day);
    }
    String csv = Files.readString(work.resolve("reports").resolve(day.toString())
        .resolve("budgets.csv"));
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(",Live spent before correction,Live drift");
    String allMonthly = csv.lines().filter(l -> l.startsWith("all-monthly,")).findFirst()
        .orElseThrow();
    assertThat(allMonthly).endsWith("," + BigDecimal.valueOf(total, 6).setScale(12)
        .toPlainString() + "," + drift.get("all-monthly/(all)").setScale(12).toPlainString());
  }

  /** Nine calls, one of each way a call ends and the adapters' path; records what the guard settled per request id. */
  private void makeCalls(CallTracker tracker, Map<String, Long> settled) throws Exception {
    JsonNode hello = json("""
        {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}],"max_tokens":100}""");
    try (TrackedCall call = tracker.start("support-chat", hello)) {
      settled.put("chatcmpl-e2e-1", call.finish(json("""
          {"id":"chatcmpl-e2e-1","usage":{"prompt_tokens":8,"completion_tokens":40,
           "total_tokens":48}}""")).settledMicros());
    }
    try (TrackedCall call = tracker.start("support-chat", hello)) {
      settled.put("chatcmpl-e2e-2", call.finish(json("""
          {"id":"chatcmpl-e2e-2","service_tier":"default","usage":{"prompt_tokens":2000,
           "completion_tokens":97,"total_tokens":2097,
           "prompt_tokens_details":{"cached_tokens":1024}}}""")).settledMicros());
    }
    JsonNode claude = json("""
        {"model":"claude-3-5-haiku-20241022","max_tokens":300,"system":"Review contracts.",
         "messages":[{"role":"user","content":"Clause 4?"}]}""");
    try (TrackedCall call = tracker.start(CallInfo.of("anthropic", "claude-3-5-haiku-20241022")
        .withFunction("contract-review").withUser("u-7"), claude)) {
      settled.put("msg_e2e_3", call.finish(json("""
          {"id":"msg_e2e_3","type":"message","usage":{"input_tokens":249,
           "cache_creation_input_tokens":1200,"cache_read_input_tokens":2048,
           "output_tokens":26}}""")).settledMicros());
    }
    try (TrackedCall call = tracker.start("support-chat", hello)) {
      call.chunk(json("{\"id\":\"chatcmpl-e2e-4\",\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}"));
      call.chunk(json("{\"id\":\"chatcmpl-e2e-4\",\"choices\":[],\"usage\":{\"prompt_tokens\":8,"
          + "\"completion_tokens\":77,\"total_tokens\":85}}"));
      settled.put("chatcmpl-e2e-4", call.finishStream().settledMicros());
    }
    TrackedCall cut = tracker.start(CallInfo.of("anthropic", "claude-3-5-haiku-20241022")
        .withFunction("contract-review"), claude);
    cut.chunk(json("""
        {"type":"message_start","message":{"id":"msg_e2e_5","usage":{"input_tokens":20,
         "cache_read_input_tokens":0,"output_tokens":1}}}"""));
    cut.chunk(json("""
        {"type":"content_block_delta","delta":{"type":"text_delta","text":"Clause 4 limits"}}"""));
    settled.put("msg_e2e_5", cut.finishStream().settledMicros());
    TrackedCall unanswered = tracker.start("support-chat", hello);
    unanswered.close();
    settled.put("llmspend-" + unanswered.reservation().id(), 0L);
    try (TrackedCall call = tracker.start("support-chat", hello)) {
      settled.put("chatcmpl-e2e-7", call.finish(json("{\"id\":\"chatcmpl-e2e-7\"}"))
          .settledMicros());
    }
    // the adapters' path (Spring AI, LangChain4j): a body built from the framework's messages,
    // the framework's counts written back in the provider's usage shape
    JsonNode framework = ProviderShapes.request("anthropic", "claude-3-5-haiku-20241022", 300,
        List.of(new ProviderShapes.Message("system", "Review contracts."),
            new ProviderShapes.Message("user", "Clause 9?")));
    try (TrackedCall call = tracker.start(CallInfo.of("anthropic", "claude-3-5-haiku-20241022")
        .withFunction("contract-review"), framework)) {
      settled.put("msg_e2e_8", call.finish(new TokenUsage(30, 2048, 600, 400, 55, 0),
          "msg_e2e_8", null).settledMicros());
    }
    JsonNode openAi = ProviderShapes.request("openai", "gpt-4o-mini", null,
        List.of(new ProviderShapes.Message("user", "Where is my parcel?")));
    try (TrackedCall call = tracker.start(CallInfo.of("openai", "gpt-4o-mini")
        .withFunction("support-chat"), openAi)) {
      settled.put("chatcmpl-e2e-9", call.finish(ProviderShapes.usage("openai", 1500, 80, 1024L,
          null), "chatcmpl-e2e-9", null).settledMicros());
    }
  }

  private Map<String, BigDecimal> query(String sql) throws Exception {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"
            + work.resolve("llmspend.duckdb"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getBigDecimal(2));
      }
    }
    return out;
  }
}

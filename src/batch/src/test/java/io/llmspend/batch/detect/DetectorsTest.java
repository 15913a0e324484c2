package io.llmspend.batch.detect;

import static io.llmspend.batch.detect.DetectFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detectors 3 to 9, one fixture each. Rates from the shipped price book (USD per 1M tokens):
 * gpt-4o input 2.50, output 10.00, batch input 1.25; gpt-4o-mini 0.15 / 0.60; claude-sonnet-4-5
 * input 3.00, 5m write 3.75, 1h write 6.00; claude-haiku-4-5 1.00 / 5.00, batch 0.50 / 2.50.
 */
class DetectorsTest {
  @TempDir Path dir;

  @Test
  void cacheWritesNeverRead() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      f.call(legal("10:00", 2000, 0, 0)).call(legal("10:03", 0, 0, 2000)) // write read at 3 min
          .call(legal("11:00", 2000, 0, 0)).call(legal("11:07", 0, 0, 2000)) // read too late
          .call(legal("12:00", 0, 2000, 0)).call(legal("12:30", 0, 0, 2000)) // 1 h write, read
          .call(legal("13:00", 0, 1000, 0)); // 1 h write, never read
      var r = single(f.detect("d3_cache_writes_unread"));
      // 2,000 x (3.75 - 3.00) + 1,000 x (6.00 - 3.00) = 1,500 + 3,000 = 4,500 / 1M = 0.0045
      assertThat((BigDecimal) r.get("savings_usd")).isEqualByComparingTo(usd("0.0045"));
      assertThat(r.get("calls")).isEqualTo(2L);
      assertThat(r.get("tokens")).isEqualTo(3000L);
      assertThat(r.get("example_request_ids")).isEqualTo("req-3 req-7");
      assertThat((String) r.get("evidence")).startsWith("2 of 4 cache-writing calls");
    }
  }

  /**
   * The target is one the function has met or its peers keep to, never the user message size:
   * bot's shortest prompt this month (2,500 tokens), else the p75 of the other functions'
   * prompts.
   */
  @Test
  void longSystemPrompts() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      f.call(prompted("bot", "2026-11-01T09:00", "s0", 2500, 200))
          .call(prompted("bot", "2026-11-30T09:00", "s1", 3000, 100))
          .call(prompted("bot", "2026-11-30T10:00", "s1", 3000, 200))
          .call(prompted("bot", "2026-11-30T11:00", "s1", 3000, 300))
          .call(prompted("small", "2026-11-30T11:00", "s2", 500, 3500)) // 12.5%, 500 tokens
          // 97.6% of its input, but shorter than the p75 of the others (500, 2,500, 3,000 ->
          // the ceil(3 x 0.75) = 3rd: 3,000): nothing to shorten it to
          .call(prompted("chatty", "2026-11-30T11:00", "s3", 400, 10));
      var rows = f.detect("d4_long_system_prompts");
      assertThat(rows).extracting(r -> r.get("prompt_hash")).containsExactlyInAnyOrder("s0", "s1");
      var s1 = rows.stream().filter(r -> "s1".equals(r.get("prompt_hash"))).findFirst().get();
      // bot's own shortest prompt, s0: 3 x (3,000 - 2,500) x 2.50 / 1M
      assertThat((BigDecimal) s1.get("savings_usd")).isEqualByComparingTo(usd("0.00375"));
      assertThat(s1.get("tokens")).isEqualTo(1500L);
      assertThat((String) s1.get("evidence")).endsWith("first version this month 2500 tokens"
          + " (grew by 500)");
      // 3 calls x 1,000 x 2.50 / 1M = 0.0075 per 1,000 tokens removed
      assertThat((String) s1.get("fix")).startsWith("shorten the system prompt to about 2500"
          + " tokens (its shortest system prompt this month)").contains("saves 0.0075 USD");
      var s0 = rows.stream().filter(r -> "s0".equals(r.get("prompt_hash"))).findFirst().get();
      // no shorter version: the other functions' prompts 400 and 500, the ceil(2 x 0.75) =
      // 2nd: 500; 1 x (2,500 - 500) x 2.50 / 1M
      assertThat((BigDecimal) s0.get("savings_usd")).isEqualByComparingTo(usd("0.005"));
      assertThat((String) s0.get("fix")).startsWith("shorten the system prompt to about 500"
          + " tokens (the p75 of the other functions' 2 system prompts)");
      assertThat((String) s0.get("formula")).isEqualTo(
          "1 calls x (prompt 2500 - target 500 tokens) x input rate = 0.005 USD");
    }
  }

  @Test
  void rightSizing() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      f.call(tokens("classify", 1000, 100, "0.0035")).call(tokens("classify", 1000, 100, "0.0035"))
          .call(tokens("essay", 1000, 1000, "0.0125"));
      var r = single(f.detect("d5_right_size_models"));
      assertThat(r.get("function")).isEqualTo("classify");
      // each: 1,000 x 2.50 + 100 x 10.00 = 0.0035 on gpt-4o; 1,000 x 0.15 + 100 x 0.60 =
      // 0.00021 on gpt-4o-mini; 2 x 0.00329
      assertThat((BigDecimal) r.get("savings_usd")).isEqualByComparingTo(usd("0.00658"));
      assertThat(r.get("confidence")).isEqualTo("low: needs a quality check");
      assertThat(r.get("fix")).isEqualTo("move to gpt-4o-mini after checking answer quality on a"
          + " sample");
    }
  }

  @Test
  void overReservedMaxTokens() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      for (long out : new long[] {100, 200, 300}) {
        f.call(Map.of("function", "gen", "output_tokens", out, "max_output_tokens", 4096L));
      }
      f.call(Map.of("function", "tight", "output_tokens", 300L, "max_output_tokens", 500L));
      var r = single(f.detect("d6_over_reserved_max_tokens"));
      assertThat(r.get("function")).isEqualTo("gen");
      // 3 calls x (4,096 - p99 300)
      assertThat(r.get("tokens")).isEqualTo(11388L);
      assertThat((BigDecimal) r.get("savings_usd")).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(r.get("fix")).isEqualTo("set max_tokens to about 600 (2 x the output p99)");
    }
  }

  @Test
  void billedFailuresAndRetryStorms() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      f.call(failing("10:00", "h1", 500, "0.001")).call(failing("10:01", "h1", 500, "0.001"))
          .call(failing("10:02", "h1", 200, "0.002")) // storm: 3 attempts, 2 errors
          .call(failing("10:00", "h2", 500, "0.003")) // a lone billed failure
          .call(failing("10:00", "h3", 429, "0")); // rejected, not billed
      var rows = f.detect("d7_billed_failures");
      assertThat(rows).extracting(r -> r.get("kind"), r -> r.get("calls"),
              r -> ((BigDecimal) r.get("savings_usd")).stripTrailingZeros().toPlainString())
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("retry_storm", 2L, "0.002"),
              org.assertj.core.groups.Tuple.tuple("billed_failure", 1L, "0.003"));
    }
  }

  @Test
  void batchCandidates() throws Exception {
    var properties = DetectFixture.batchFunctions("report");
    try (DetectFixture f = new DetectFixture(dir, properties)) {
      Map<String, Object> nightly = new HashMap<>(tokens("nightly", 1000, 500, "0.0035"));
      nightly.putAll(Map.of("model", "claude-haiku-4-5", "provider", "anthropic",
          "tags", "{\"interactive\": \"false\"}"));
      f.call(nightly);
      nightly.put("batch", true);
      f.call(nightly); // already batch
      f.call(tokens("report", 2000, 0, "0.005"));
      var rows = f.detect("d8_batch_candidates");
      // nightly: 0.0035 - (1,000 x 0.50 + 500 x 2.50) / 1M = 0.00175; report: 0.005 - 2,000 x 1.25
      assertThat(rows).extracting(r -> r.get("function"),
              r -> ((BigDecimal) r.get("savings_usd")).stripTrailingZeros().toPlainString())
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("nightly", "0.00175"),
              org.assertj.core.groups.Tuple.tuple("report", "0.0025"));
    }
  }

  @Test
  void growingHistory() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      f.call(Map.of("function", "chat", "recount_input_tokens", 5000L, "history_tokens", 4000L))
          .call(Map.of("function", "chat", "recount_input_tokens", 1500L, "history_tokens", 500L));
      var r = single(f.detect("d9_growing_history"));
      // (4,000 - 2,000 kept) x 2.50 / 1M; history 4,500 of 6,500 input tokens = 69.2%
      assertThat((BigDecimal) r.get("savings_usd")).isEqualByComparingTo(usd("0.005"));
      assertThat(r.get("calls")).isEqualTo(1L);
      assertThat(r.get("tokens")).isEqualTo(2000L);
      assertThat((String) r.get("evidence")).startsWith("earlier turns are 69.2%");
    }
  }

  @Test
  void nearDuplicatePromptsAcrossFunctions() throws Exception {
    String common = String.join("\n", java.util.stream.IntStream.rangeClosed(1, 11)
        .mapToObj(i -> "rule " + i).toList());
    try (DetectFixture f = new DetectFixture(dir)) {
      try (var s = f.store.connection().createStatement()) {
        s.execute("insert into prompts values ('pa', 'system', '" + common + "\nrule 12', 50,"
            + " 'o200k_base', timestamp '2026-11-30 00:00:00'), ('pb', 'system', '" + common
            + "\n\nrule twelve', 50, 'o200k_base', timestamp '2026-11-30 00:00:00'), ('pc',"
            + " 'system', 'something else', 3, 'o200k_base', timestamp '2026-11-30 00:00:00')");
      }
      f.call(Map.of("function", "a", "system_prompt_hash", "pa"))
          .call(Map.of("function", "b", "system_prompt_hash", "pb"))
          .call(Map.of("function", "c", "system_prompt_hash", "pc"));
      var r = single(f.detect("d4_near_duplicate_prompts"));
      // 12 non-blank lines each, 11 in common: 12 + 12 - 2 x 11 = 2 differing lines
      assertThat(r.get("evidence")).isEqualTo(
          "system prompt pa of a and pb of b differ by 2 lines (11 lines in common)");
      assertThat(r.get("fix")).isEqualTo("share one versioned system prompt between a and b");
    }
  }

  private static Map<String, Object> single(List<Map<String, Object>> rows) {
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static LocalDateTime at(String time) {
    return LocalDateTime.parse(DetectFixture.REPORT_DATE + "T" + time + ":00");
  }

  private static Map<String, Object> legal(String time, long write5m, long write1h, long read) {
    return Map.of("provider", "anthropic", "model", "claude-sonnet-4-5", "function", "legal",
        "prefix_hash", "p", "ts", at(time), "cache_write_5m_tokens", write5m,
        "cache_write_1h_tokens", write1h, "cached_input_tokens", read);
  }

  private static Map<String, Object> prompted(String function, String ts, String hash,
      long systemTokens, long userTokens) {
    BigDecimal input = new BigDecimal("0.0000025").multiply(BigDecimal.valueOf(
        systemTokens + userTokens));
    return Map.of("function", function, "ts", LocalDateTime.parse(ts + ":00"),
        "system_prompt_hash", hash, "system_prompt_tokens", systemTokens,
        "user_message_tokens", userTokens,
        "system_prompt_cost_usd", new BigDecimal("0.0000025").multiply(
            BigDecimal.valueOf(systemTokens)),
        "uncached_input_cost_usd", input, "cached_input_cost_usd", BigDecimal.ZERO,
        "cache_write_cost_usd", BigDecimal.ZERO);
  }

  private static Map<String, Object> tokens(String function, long in, long out, String cost) {
    return Map.of("function", function, "input_tokens", in, "uncached_input_tokens", in,
        "output_tokens", out, "cost_usd", usd(cost));
  }

  private static Map<String, Object> failing(String time, String hash, int status, String cost) {
    return Map.of("function", "api", "ts", at(time), "request_hash", hash, "status", status,
        "cost_usd", usd(cost));
  }
}

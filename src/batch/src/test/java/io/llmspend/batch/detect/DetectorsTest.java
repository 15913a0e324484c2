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
      var s1 = withPromptHash(rows, "s1");
      // bot's own shortest prompt, s0: 3 x (3,000 - 2,500) x 2.50 / 1M
      assertThat((BigDecimal) s1.get("savings_usd")).isEqualByComparingTo(usd("0.00375"));
      assertThat(s1.get("tokens")).isEqualTo(1500L);
      assertThat((String) s1.get("evidence")).endsWith("first version this month 2500 tokens"
          + " (grew by 500)");
      // 3 calls x 1,000 x 2.50 / 1M = 0.0075 per 1,000 tokens removed
      assertThat((String) s1.get("fix")).startsWith("shorten the system prompt to about 2500"
          + " tokens (its shortest system prompt this month)").contains("saves 0.0075 USD");
      var s0 = withPromptHash(rows, "s0");
      // no shorter version: the other functions' prompts 400 and 500, the ceil(2 x 0.75) =
      // 2nd: 500; 1 x (2,500 - 500) x 2.50 / 1M
      assertThat((BigDecimal) s0.get("savings_usd")).isEqualByComparingTo(usd("0.005"));
      assertThat((String) s0.get("fix")).startsWith("shorten the system prompt to about 500"
          + " tokens (the p75 of the other functions' 2 system prompts)");
      assertThat((String) s0.get("formula")).isEqualTo(
          "1 calls x (prompt 2500 - target 500 tokens) x input rate = 0.005 USD");
    }
  }

  /**
   * Regression (sample week: code-assistant and contract-review were told to go below the
   * 1,024-token cache minimum, which would have raised their cost): a prompt read from the cache
   * is priced as it would be billed after the cut. claude-sonnet-4-5: input 3.00, cache read
   * 0.30, 5m write 3.75; gpt-4.1: input 2.00, cache read 0.50; both cache from 1,024 tokens.
   * Each function's target is its own shorter first version (600, 500 and 300 tokens, too small
   * a share of their input to be flagged themselves).
   * <ul>
   *   <li>review r1, 2,500 tokens, 1 call writing the cache and 4 reading it. To 600 tokens,
   *       uncached: 2,500 x 3.75 - 600 x 3.00 = 7,575 on the write, 2,500 x 0.30 - 600 x 3.00 =
   *       -1,050 on each read: 7,575 - 4 x 1,050 = 3,375 micro-USD. To 1,024, still cached:
   *       1,476 x 3.75 = 5,535 + 4 x 1,476 x 0.30 = 1,771.2: 7,306.2, more: the cache minimum
   *       it is. (Before the fix: 1,900 x 3.00 + 4 x 1,900 x 0.30 = 7,980, a promise that
   *       following the advice would have broken.)
   *   <li>faq f1, 1,024 tokens, 2 calls reading it: to 500, 1,024 x 0.50 - 500 x 2.00 = -488 a
   *       call; to 1,024, nothing to cut: no finding (before the fix: 2 x 524 x 0.50 = 524).
   *   <li>memo m1, 2,500 tokens, 1 call reading the cache and 3 without: to 300, uncached:
   *       2,500 x 0.30 - 300 x 3.00 = -150 + 3 x 2,200 x 3.00 = 19,800: 19,650; to 1,024:
   *       1,476 x 0.30 = 442.8 + 3 x 1,476 x 3.00 = 13,284: 13,726.8, less: 300 it is.
   * </ul>
   */
  @Test
  void longSystemPromptsPricedAsBilledAfterTheCut() throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      f.call(cachedPrompt("review", "claude-sonnet-4-5", "2026-11-01T09:00", "r0", 600, 3000, 0,
          0));
      f.call(cachedPrompt("review", "claude-sonnet-4-5", "2026-11-30T09:00", "r1", 2500, 100, 0,
          2500));
      for (String hour : List.of("10", "11", "12", "13")) {
        f.call(cachedPrompt("review", "claude-sonnet-4-5", "2026-11-30T" + hour + ":00", "r1",
            2500, 100, 2500, 0));
      }
      f.call(cachedPrompt("faq", "gpt-4.1", "2026-11-01T09:00", "f0", 500, 3000, 0, 0))
          .call(cachedPrompt("faq", "gpt-4.1", "2026-11-30T09:00", "f1", 1024, 100, 1024, 0))
          .call(cachedPrompt("faq", "gpt-4.1", "2026-11-30T10:00", "f1", 1024, 100, 1024, 0));
      f.call(cachedPrompt("memo", "claude-sonnet-4-5", "2026-11-01T09:00", "m0", 300, 3000, 0,
          0)).call(cachedPrompt("memo", "claude-sonnet-4-5", "2026-11-30T09:00", "m1", 2500, 100,
          2500, 0));
      for (String hour : List.of("10", "11", "12")) {
        f.call(cachedPrompt("memo", "claude-sonnet-4-5", "2026-11-30T" + hour + ":00", "m1",
            2500, 100, 0, 0));
      }
      var rows = f.detect("d4_long_system_prompts");
      assertThat(rows).extracting(r -> r.get("prompt_hash")).containsExactlyInAnyOrder("r1", "m1");

      var review = withPromptHash(rows, "r1");
      assertThat((BigDecimal) review.get("savings_usd")).isEqualByComparingTo(usd("0.0073062"));
      assertThat(review.get("tokens")).isEqualTo(5L * 1476);
      // every 1,000 tokens: 3.75 + 4 x 0.30 = 4.95 micro-USD x 1,000
      assertThat((String) review.get("fix")).isEqualTo("shorten the system prompt to about 1024"
          + " tokens to stay cacheable: its shortest system prompt this month is 600 tokens, but"
          + " below 1024 tokens the prompt is no longer cached and is billed at the full input"
          + " rate; move rarely used instructions into tools or retrieval; every 1,000 tokens"
          + " removed saves 0.00495 USD per observed period");
      assertThat((String) review.get("formula")).isEqualTo("5 calls x (prompt 2500 - target 1024"
          + " tokens, the least that stays cacheable) x the rate each call paid for its prompt"
          + " (cache read, cache write or input) = 0.0073062 USD");
      assertThat((String) review.get("evidence")).endsWith("; 5 of 5 calls read or wrote it in"
          + " the prompt cache, which needs at least 1024 tokens here");

      var memo = withPromptHash(rows, "m1");
      assertThat((BigDecimal) memo.get("savings_usd")).isEqualByComparingTo(usd("0.01965"));
      assertThat(memo.get("tokens")).isEqualTo(4L * 2200);
      assertThat((String) memo.get("fix")).isEqualTo("shorten the system prompt to about 300"
          + " tokens (its shortest system prompt this month), moving rarely used instructions"
          + " into tools or retrieval; below 1024 tokens it is no longer cached, so the savings"
          + " price the shorter prompt at the full input rate");
      assertThat((String) memo.get("formula")).isEqualTo("4 calls x (prompt 2500 tokens at the"
          + " rate each call paid for it - target 300 tokens at the input rate, not cached below"
          + " 1024 tokens) = 0.01965 USD");

      // call by call, as finding_totals counts them: 1,476 x 3.75 on the write, 1,476 x 0.30
      // on each read; memo's read call -150 (it would cost more), its others 2,200 x 3.00
      f.detection().run();
      assertThat(f.rows("select c.system_prompt_hash, fc.saving_usd from finding_calls as fc"
              + " join calls as c using (call_key) where fc.id like 'SP-%'"
              + " order by c.system_prompt_hash desc, c.ts"))
          .extracting(r -> r.get("system_prompt_hash") + " "
              + ((BigDecimal) r.get("saving_usd")).stripTrailingZeros().toPlainString())
          .containsExactly("r1 0.005535", "r1 0.0004428", "r1 0.0004428", "r1 0.0004428",
              "r1 0.0004428", "m1 -0.00015", "m1 0.0066", "m1 0.0066", "m1 0.0066");
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

  /**
   * A call of a function with a system prompt: {@code read} input tokens read from the prompt
   * cache, {@code write5m} written to it, the rest uncached; costs at the rates of
   * {@link #longSystemPromptsPricedAsBilledAfterTheCut}, the prompt at the rate it was billed.
   */
  private static Map<String, Object> cachedPrompt(String function, String model, String ts,
      String hash, long systemTokens, long userTokens, long read, long write5m) {
    boolean claude = model.startsWith("claude");
    BigDecimal in = usd(claude ? "3.00" : "2.00");
    BigDecimal cached = usd(claude ? "0.30" : "0.50");
    BigDecimal write = usd("3.75");
    long input = systemTokens + userTokens;
    long uncached = input - read - write5m;
    BigDecimal promptRate = read > 0 ? cached : write5m > 0 ? write : in;
    Map<String, Object> c = new HashMap<>();
    c.putAll(Map.of("function", function, "provider", claude ? "anthropic" : "openai",
        "model", model, "ts", LocalDateTime.parse(ts + ":00"), "system_prompt_hash", hash,
        "system_prompt_tokens", systemTokens, "user_message_tokens", userTokens,
        "input_tokens", input, "uncached_input_tokens", uncached, "cached_input_tokens", read));
    c.putAll(Map.of("cache_write_5m_tokens", write5m,
        "system_prompt_cost_usd", micro(promptRate, systemTokens),
        "uncached_input_cost_usd", micro(in, uncached),
        "cached_input_cost_usd", micro(cached, read),
        "cache_write_cost_usd", micro(write, write5m)));
    return c;
  }

  private static BigDecimal micro(BigDecimal ratePerMillion, long tokens) {
    return ratePerMillion.multiply(BigDecimal.valueOf(tokens)).movePointLeft(6);
  }

  private static Map<String, Object> tokens(String function, long in, long out, String cost) {
    return Map.of("function", function, "input_tokens", in, "uncached_input_tokens", in,
        "output_tokens", out, "cost_usd", usd(cost));
  }

  private static Map<String, Object> failing(String time, String hash, int status, String cost) {
    return Map.of("function", "api", "ts", at(time), "request_hash", hash, "status", status,
        "cost_usd", usd(cost));
  }

  /** The finding of {@code rows} about the system prompt with hash {@code hash}. */
  private static Map<String, Object> withPromptHash(List<Map<String, Object>> rows, String hash) {
    return rows.stream().filter(r -> hash.equals(r.get("prompt_hash"))).findFirst().orElseThrow();
  }
}

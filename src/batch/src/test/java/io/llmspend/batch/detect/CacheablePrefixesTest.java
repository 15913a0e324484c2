package io.llmspend.batch.detect;

import static io.llmspend.batch.detect.DetectFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detector 2. Rates (shipped price book, USD per 1M): claude-sonnet-4-5 input 3.00, cached 0.30,
 * 5-minute write 3.75; gpt-4o input 2.50, cached 1.25, writes free.
 */
class CacheablePrefixesTest {

  @Test
  void savesReadsMinusWritePremiumsCallByCall(@TempDir Path dir) throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      // review: bursts 10:00-10:06 (write, read, read), 10:20 (write), 11:00 (write)
      for (String t : new String[] {"10:00", "10:03", "10:06", "10:20", "11:00"}) {
        f.call(anthropic("review", t, "p1", 3000));
      }
      // lonely: every call 10 minutes after the previous: only writes, below break-even
      for (String t : new String[] {"10:00", "10:10", "10:20"}) {
        f.call(anthropic("lonely", t, "p2", 3000));
      }
      f.call(openai("chat", "10:00", 1500, 0)).call(openai("chat", "10:01", 1500, 0))
          .call(openai("chat", "10:02", 1500, 512)) // cached already: not counted
          .call(openai("short", "10:00", 1000, 0)).call(openai("short", "10:01", 1000, 0));
      var rows = f.detect("d2_cacheable_prefixes");

      assertThat(rows).extracting(r -> r.get("function")).containsExactlyInAnyOrder(
          "review", "chat");
      var review = rows.stream().filter(r -> "review".equals(r.get("function"))).findFirst()
          .orElseThrow();
      // reads 2 x 3,000 x (3.00 - 0.30) = 0.0162; writes 3 x 3,000 x (3.75 - 3.00) = 0.00675
      assertThat((BigDecimal) review.get("savings_usd")).isEqualByComparingTo(usd("0.00945"));
      assertThat(review.get("tokens")).isEqualTo(6000L);
      assertThat(review.get("calls")).isEqualTo(5L);
      assertThat((String) review.get("evidence")).contains("2 would read, 3 would write",
          "break-even 0.28 reads per write");
      var chat = rows.stream().filter(r -> "chat".equals(r.get("function"))).findFirst()
          .orElseThrow();
      // one read of 1,500 tokens in 128-token steps = 1,408 x (2.50 - 1.25) = 0.00176
      assertThat((BigDecimal) chat.get("savings_usd")).isEqualByComparingTo(usd("0.00176"));
      assertThat(chat.get("tokens")).isEqualTo(1408L);
    }
  }

  @Test
  void keepsTwoPrefixesWithTheSameSystemPromptApart(@TempDir Path dir) throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      for (String prefix : new String[] {"tools-a", "tools-b"}) {
        for (String t : new String[] {"10:00", "10:01"}) {
          Map<String, Object> c = base("chat", t, 2048);
          c.putAll(Map.of("model", "gpt-4.1-mini", "prefix_hash", prefix,
              "system_prompt_hash", "same-system-prompt"));
          f.call(c);
        }
      }
      f.detection().run();
      var ids = f.rows("select id from recommendations where kind = 'cacheable_prefix'");
      assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    }
  }

  private static Map<String, Object> anthropic(String function, String time, String prefix,
      long tokens) {
    Map<String, Object> c = base(function, time, tokens);
    c.putAll(Map.of("provider", "anthropic", "model", "claude-sonnet-4-5", "prefix_hash", prefix));
    return c;
  }

  private static Map<String, Object> openai(String function, String time, long tokens,
      long cached) {
    Map<String, Object> c = base(function, time, tokens);
    c.putAll(Map.of("prefix_hash", "o-" + function, "cached_input_tokens", cached));
    return c;
  }

  private static Map<String, Object> base(String function, String time, long tokens) {
    return new HashMap<>(Map.of("function", function,
        "ts", LocalDateTime.parse(DetectFixture.REPORT_DATE + "T" + time + ":00"),
        "prefix_tokens", tokens, "input_tokens", tokens + 100,
        "uncached_input_tokens", tokens + 100));
  }
}

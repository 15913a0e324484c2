package io.llmspend.batch.detect;

import static io.llmspend.batch.detect.DetectFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Savings identified count each call once (sql/detect_totals). Hand-made fixture on 2026-11-30
 * (one observed day, x 30 for the month), gpt-4o at 2.50 input / 10.00 output, batch 1.25 / 5.00
 * per 1M tokens:
 *
 * <ul>
 *   <li>digest, a batch function: the same request three times, 3,000 in + 200 out = 7,500 +
 *       2,000 = 0.0095 each (input p95 3,000 is too long for right-sizing). repeated_request
 *       saves calls 2 and 3 whole: 2 x 0.0095 = 0.019; batch_candidate saves 0.0095 - (3,000 x
 *       1.25 + 200 x 5.00) / 1M = 0.0095 - 0.00475 = 0.00475 on each of the three: 0.01425. Added
 *       up 0.03325, 116.7% of digest's 0.0285. Each call once: call 1 batch 0.00475, calls 2 and
 *       3 cached 0.0095 each: 0.02375 (83.3%), of which repeated_request 0.019 and batch 0.00475.
 *   <li>chat: one call billed 0.001 (below its 5,000 tokens at list price) whose history of
 *       4,000 tokens keeps 2,000: growing_history saves 2,000 x 2.50 / 1M = 0.005 stand-alone, but
 *       counts for at most the call's cost, 0.001.
 * </ul>
 *
 * Savings identified 0.02375 + 0.001 = 0.02475 of 0.0285 + 0.001 = 0.0295 spent (83.9%), 0.7425
 * per month; stand-alone 0.019 + 0.01425 + 0.005 = 0.03825, 1.1475 per month.
 */
class SavingsOverlapTest {

  @Test
  void countsEachCallOnceForTheFindingThatSavesMostOnIt(@TempDir Path dir) throws Exception {
    // any evidence will do here (MinimumEvidenceTest has the rule)
    var properties = DetectFixture.evidence(1, 1, "0", "digest");
    try (DetectFixture f = new DetectFixture(dir, properties)) {
      f.call(digest("10:00")).call(digest("11:00")).call(digest("12:00"))
          .call(Map.of("function", "chat", "input_tokens", 5000L,
              "uncached_input_tokens", 5000L, "recount_input_tokens", 5000L,
              "history_tokens", 4000L, "cost_usd", usd("0.001")));
      f.detection().run();

      assertThat(f.rows("select kind, savings_observed_usd, counted_observed_usd,"
              + " counted_per_month_usd from recommendations order by kind"))
          .extracting(r -> r.get("kind"), r -> plain(r.get("savings_observed_usd")),
              r -> plain(r.get("counted_observed_usd")), r -> plain(r.get("counted_per_month_usd")))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("batch_candidate", "0.01425", "0.00475",
                  "0.1425"),
              org.assertj.core.groups.Tuple.tuple("growing_history", "0.005", "0.001", "0.03"),
              org.assertj.core.groups.Tuple.tuple("repeated_request", "0.019", "0.019", "0.57"));
      var summary = f.rows(io.llmspend.batch.store.DuckDbStore.sql("report",
          "recommendations_summary")).get(0);
      assertThat(plain(summary.get("savings_per_month_usd"))).isEqualTo("0.7425");
      assertThat(plain(summary.get("standalone_per_month_usd"))).isEqualTo("1.1475");
      // no function is saved more than it spent
      assertThat(f.rows("select function from (select function, sum(counted_observed_usd) as s"
          + " from recommendations group by function) join (select function, sum(cost_usd) as c"
          + " from calls group by function) using (function) where s > c")).isEmpty();

      Path md = dir.resolve("recommendations.md");
      f.markdown().write(md);
      // 0.02475 / 0.0295 = 83.898%
      assertThat(Files.readString(md)).contains(
          "3 findings to act on; savings identified $0.74 per month (83.9% of spend), each call"
              + " counted once",
          "they overlap and add up to $1.15 per month");
    }
  }

  private static Map<String, Object> digest(String time) {
    return Map.of("function", "digest", "ts", LocalDateTime.parse("2026-11-30T" + time + ":00"),
        "request_hash", "same", "input_tokens", 3000L, "uncached_input_tokens", 3000L,
        "output_tokens", 200L, "cost_usd", usd("0.0095"));
  }

  private static String plain(Object value) {
    return ((BigDecimal) value).stripTrailingZeros().toPlainString();
  }
}

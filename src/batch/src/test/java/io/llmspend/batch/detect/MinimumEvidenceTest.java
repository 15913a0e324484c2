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
 * Findings with too little evidence are kept with confidence low and are not recommendations.
 * Rule here: 3 calls, 2 days, $0.10 per month. Repeated requests on gpt-4o-mini (no cheaper model
 * to right-size to), cost set by hand; observed days 2026-11-29 and 30, x 30 / 2 for the month.
 *
 * <ul>
 *   <li>faq: 3 repeats on 2 days, 3 x 0.0045 = 0.0135, x 15 = 0.2025 per month: recommended.
 *   <li>rare: 1 repeat on 1 day, 0.0045 x 15 = 0.0675: too few calls and days, under $0.10.
 *   <li>cheap: 3 repeats on 2 days at 0.00001, x 15 = 0.00045 ($0.00): worth nothing.
 * </ul>
 */
class MinimumEvidenceTest {

  @Test
  void keepsFindingsWithTooLittleEvidenceAsLowAndLeavesThemOutOfTheRecommendations(
      @TempDir Path dir) throws Exception {
    try (DetectFixture f = new DetectFixture(dir, DetectFixture.evidence(3, 2, "0.10"))) {
      for (String ts : new String[] {"29T09", "29T20", "30T08", "30T09"}) {
        f.call(repeat("faq", ts, "0.0045"));
        f.call(repeat("cheap", ts, "0.00001"));
      }
      f.call(repeat("rare", "30T10", "0.0045")).call(repeat("rare", "30T11", "0.0045"));
      f.detection().run();

      assertThat(f.rows("select function, confidence, recommended, counted_per_month_usd,"
              + " savings_per_month_usd, evidence from recommendations order by rank"))
          .extracting(r -> r.get("function"), r -> r.get("confidence"), r -> r.get("recommended"),
              r -> plain(r.get("counted_per_month_usd")), r -> plain(r.get("savings_per_month_usd")))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("faq", "high", true, "0.2025", "0.2025"),
              org.assertj.core.groups.Tuple.tuple("rare", "low", false, "0", "0.0675"),
              org.assertj.core.groups.Tuple.tuple("cheap", "low", false, "0", "0.00045"));
      assertThat(f.rows("select evidence from recommendations where function = 'rare'").get(0)
          .get("evidence")).asString().endsWith("; low evidence: 1 calls on 1 days, 0.07 USD per"
              + " month (a recommendation needs 3 calls on 2 days and 0.1 USD per month)");

      Path md = dir.resolve("recommendations.md");
      f.markdown().write(md);
      assertThat(Files.readString(md)).startsWith("# Recommendations\n\n1 findings to act on;"
              + " savings identified $0.20 per month")
          .contains("2 more findings rest on too little evidence to act on (fewer than 3 calls or"
              + " 2 days, or under $0.10 per month: llmspend.detect.min-evidence-*)")
          .contains("repeated_request: $0.20 per month stand-alone")
          .doesNotContain("rare", "cheap");
    }
  }

  @Test
  void theDefaultRuleAsksForTwentyCallsOnTwoDaysAndADollarAMonth(@TempDir Path dir)
      throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      for (String ts : new String[] {"29T09", "29T20", "30T08", "30T09"}) {
        f.call(repeat("faq", ts, "0.0045"));
      }
      f.detection().run();
      assertThat(f.rows("select confidence from recommendations")).extracting(r -> r.get(
          "confidence")).containsExactly("low");
    }
  }

  private static Map<String, Object> repeat(String function, String dayHour, String cost) {
    return Map.of("ts", LocalDateTime.parse("2026-11-" + dayHour + ":00:00"), "model",
        "gpt-4o-mini", "function", function, "request_hash", function, "input_tokens", 1000L,
        "uncached_input_tokens", 1000L, "output_tokens", 200L, "cost_usd", usd(cost));
  }

  private static String plain(Object value) {
    return ((BigDecimal) value).stripTrailingZeros().toPlainString();
  }
}

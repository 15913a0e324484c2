package io.llmspend.batch.detect;

import static io.llmspend.batch.detect.DetectFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detect step's table and markdown: projection, id, redacted excerpt, replace per date. */
class RecommendationsTest {
  static final String PROMPT =
      "Mail ops@example.com or call 5551234 about invoice 2026, then answer the user briefly.";

  @Test
  void projectsTheObservedSavingsOverTheMonth(@TempDir Path dir) throws Exception {
    // any evidence will do here (MinimumEvidenceTest has the rule)
    try (DetectFixture f = new DetectFixture(dir, DetectFixture.evidence(1, 1, "0"))) {
      f.call(call("2026-11-29T09:00:00")).call(call("2026-11-29T20:00:00"))
          .call(call("2026-11-30T08:00:00"));
      try (Statement s = f.store.connection().createStatement()) {
        s.execute("insert into prompts values ('s1', 'system', '" + PROMPT
            + "', 20, 'o200k_base', timestamp '2026-11-29 09:00:00')");
      }
      assertThat(f.detection().run()).isEqualTo(1L);
      assertThat(f.detection().run()).isEqualTo(1L); // a re-run replaces the date's rows

      var r = f.rows("select * from recommendations").get(0);
      // repeats: 11-29 20:00 and 11-30 08:00, 2 x $0.0045 = $0.009 over 2 observed days
      assertThat((BigDecimal) r.get("savings_observed_usd")).isEqualByComparingTo(usd("0.009"));
      // 0.009 x 30 days in November / 2 observed days
      assertThat((BigDecimal) r.get("savings_per_month_usd")).isEqualByComparingTo(usd("0.135"));
      assertThat(r.get("observed_days")).isEqualTo(2L);
      assertThat((String) r.get("id")).matches("RR-[0-9A-F]{8}");
      // at most 80 characters and half of the 86-character prompt: its first 43,
      // "Mail ops@example.com or call 5551234 about ", masked, then "..."
      assertThat(r.get("excerpt")).isEqualTo("Mail <email> or call <n> about ...");

      Path md = dir.resolve("reports/recommendations.md");
      f.markdown().write(md);
      assertThat(Files.readString(md)).contains(
          // the 2 repeats' 0.009 of the 3 calls' 0.0135 spent = 66.7%
          "1 findings to act on; savings identified $0.14 per month (66.7% of spend), each call"
              + " counted once", "add up to $0.14 per month",
          "## 1. " + r.get("id") + " repeated_request: $0.14 per month stand-alone",
          "x 30 / 2 = 0.135 USD per month stand-alone",
          "**Counted in savings identified**: $0.14 per month", "`s1` \"Mail &lt;email&gt;")
          .doesNotContain(PROMPT);
    }
  }

  private static Map<String, Object> call(String ts) {
    // gpt-4o-mini: no cheaper model, so right-sizing finds nothing here
    return Map.of("ts", LocalDateTime.parse(ts), "model", "gpt-4o-mini", "function", "faq", "request_hash", "h",
        "system_prompt_hash", "s1", "input_tokens", 1000L, "uncached_input_tokens", 1000L,
        "output_tokens", 200L, "cost_usd", usd("0.0045"));
  }
}

package io.llmspend.batch.detect;

import static io.llmspend.batch.detect.DetectFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detector 1 on six calls of one function (gpt-4o, cost set by hand). */
class RepeatedRequestsTest {

  @Test
  void pricesEveryRepeatWithinTheWindowOfThePreviousOne(@TempDir Path dir) throws Exception {
    try (DetectFixture f = new DetectFixture(dir)) {
      f.call(call("2026-11-29T09:00:00", "h1", 200))   // first
          .call(call("2026-11-29T20:00:00", "h1", 200)) // 11 h later: repeat
          .call(call("2026-11-30T21:00:00", "h1", 200)) // 25 h after the previous: not a repeat
          .call(call("2026-11-30T21:30:00", "h1", 200)) // repeat
          .call(call("2026-11-30T21:40:00", "h2", 200)) // another request
          .call(call("2026-11-30T21:50:00", "h1", 500)); // failed: detector 7's
      var rows = f.detect("d1_repeated_requests");

      assertThat(rows).hasSize(1);
      var r = rows.get(0);
      assertThat(r.get("function")).isEqualTo("faq");
      assertThat(r.get("calls")).isEqualTo(2L);
      // 2 repeats x (1,000 in + 200 out)
      assertThat(r.get("tokens")).isEqualTo(2400L);
      // 2 x $0.0045 (1,000 x $2.50 + 200 x $10.00 per 1M)
      assertThat((java.math.BigDecimal) r.get("savings_usd")).isEqualByComparingTo(usd("0.009"));
      assertThat(r.get("example_request_ids")).isEqualTo("req-2 req-4");
      assertThat((String) r.get("evidence")).startsWith(
          "2 repeats of 1 distinct requests = 33.3% of 6 calls");
    }
  }

  private static Map<String, Object> call(String ts, String hash, int status) {
    return Map.of("ts", LocalDateTime.parse(ts), "function", "faq", "request_hash", hash,
        "status", status, "input_tokens", 1000L, "uncached_input_tokens", 1000L,
        "output_tokens", 200L, "cost_usd", usd("0.0045"));
  }
}

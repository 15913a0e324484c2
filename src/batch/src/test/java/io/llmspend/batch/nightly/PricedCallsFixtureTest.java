package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.costs;
import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-computed fixture {@code fixtures/priced-calls/logs/calls.jsonl}: 14 calls in the
 * providers' own usage shapes, through the whole nightly job. Rates (USD per 1M tokens) are the
 * price book's (src/main/resources/prices/price-book.csv), from FORMATS.md §4.6 and §4.8.
 */
class PricedCallsFixtureTest {
  @TempDir Path work;

  private static BigDecimal usd(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void everyCallIsPricedExactlyAndTheTotalsTieOut() throws Exception {
    assertThat(runNightly("priced-calls", work, "2026-11-20")).isEqualTo(ExitCodes.SUCCESS);

    Map<String, BigDecimal> cost = costs(work);
    // c01 gpt-4o chat, prompt 3,000 of which 2,048 cached, completion 500:
    //     952 x 2.50 + 2,048 x 1.25 + 500 x 10.00 = 2,380 + 2,560 + 5,000 = 9,940 / 1M
    assertThat(cost.get("c01")).isEqualByComparingTo(usd("0.00994"));
    // c02 claude-sonnet-4-5-20250929 (dated snapshot): input 1,000, read 4,000, 5m write 2,000,
    //     1h write 1,000, output 800: 1,000 x 3 + 4,000 x 0.30 + 2,000 x 3.75 + 1,000 x 6
    //     + 800 x 15 = 3,000 + 1,200 + 7,500 + 6,000 + 12,000 = 29,700 / 1M
    assertThat(cost.get("c02")).isEqualByComparingTo(usd("0.0297"));
    // c03 claude-haiku-4-5 batch with cache reads: batch input 0.50, output 2.50, cache read
    //     0.10 x 0.5 = 0.05: 10,000 x 0.50 + 50,000 x 0.05 + 2,000 x 2.50
    //     = 5,000 + 2,500 + 5,000 = 12,500 / 1M
    assertThat(cost.get("c03")).isEqualByComparingTo(usd("0.0125"));
    // c04 o3 after the 2025-06-10 cut ($2/$8), reasoning inside completion:
    //     1,200 x 2 + 3,000 x 8 = 2,400 + 24,000 = 26,400 / 1M
    assertThat(cost.get("c04")).isEqualByComparingTo(usd("0.0264"));
    // c05 the same o3 call on 2025-05-01, before the cut ($10/$40):
    //     1,200 x 10 + 3,000 x 40 = 12,000 + 120,000 = 132,000 / 1M
    assertThat(cost.get("c05")).isEqualByComparingTo(usd("0.132"));
    // c06 gemini-2.5-pro, 250,000-token prompt > 200,000: the whole request at the long-context
    //     tier (input 2.50, output 15.00); output = candidates 1,000 + thoughts 500:
    //     250,000 x 2.50 + 1,500 x 15 = 625,000 + 22,500 = 647,500 / 1M
    assertThat(cost.get("c06")).isEqualByComparingTo(usd("0.6475"));
    // c07 gemini-2.5-flash with thoughts: 1,000 x 0.30 + (200 + 300) x 2.50 = 300 + 1,250
    assertThat(cost.get("c07")).isEqualByComparingTo(usd("0.00155"));
    // c08 gpt-4o-2024-08-06 (dated snapshot of gpt-4o), Responses shape:
    //     2,000 x 2.50 + 100 x 10 = 5,000 + 1,000 = 6,000 / 1M
    assertThat(cost.get("c08")).isEqualByComparingTo(usd("0.006"));
    // c09 Azure deployment support-mini-prod -> gpt-4o-mini (configured), though the log says
    //     gpt-4o: 1,000 x 0.15 + 200 x 0.60 = 150 + 120 = 270 / 1M
    assertThat(cost.get("c09")).isEqualByComparingTo(usd("0.00027"));
    // c10 mistral-large-2411 is in no price book: unpriced, NULL, never $0
    assertThat(cost).containsEntry("c10", null);
    // c11 gpt-4.1 priority tier (3.50 / 14.00): 1,000 x 3.50 + 100 x 14 = 3,500 + 1,400
    assertThat(cost.get("c11")).isEqualByComparingTo(usd("0.0049"));
    // c12 gpt-4o-mini with a request body and no usage: priced from the re-count.
    //     system "You are a helpful assistant." = 6 tokens + role 1 + 3 framing = 10;
    //     user "Hello" = 1 + role 1 + 3 framing = 5; reply priming 3: 18 tokens x 0.15
    assertThat(cost.get("c12")).isEqualByComparingTo(usd("0.0000027"));
    // c13 o4-mini flex (0.55 / 2.20): 2,000 x 0.55 + 1,000 x 2.20 = 1,100 + 2,200 = 3,300 / 1M
    assertThat(cost.get("c13")).isEqualByComparingTo(usd("0.0033"));
    // c14 fine-tuned ft:gpt-4o-mini:acme::abc123 at the fine-tune rates (0.30 / 1.20):
    //     1,000 x 0.30 + 100 x 1.20 = 300 + 120 = 420 / 1M
    assertThat(cost.get("c14")).isEqualByComparingTo(usd("0.00042"));

    // Total on 2026-11-20 (all but c05, and c10 unpriced):
    // 0.00994 + 0.0297 + 0.0125 + 0.0264 + 0.6475 + 0.00155 + 0.006 + 0.00027 + 0.0049
    //   + 0.0000027 + 0.0033 + 0.00042 = 0.7424827
    assertThat((BigDecimal) scalar(work, "select sum(cost_usd) from calls where day = '2026-11-20'"))
        .isEqualByComparingTo(usd("0.7424827"));
    assertThat((BigDecimal) scalar(work, "select sum(cost_usd) from spend_daily"))
        .isEqualByComparingTo(usd("0.8744827")); // + c05 0.132
    assertThat(scalar(work, "select count(*) from calls where not priced")).isEqualTo(1L);
    assertThat(scalar(work,
        "select cost_source from calls where request_id = 'c12'")).isEqualTo("recount");
    assertThat(Files.readString(work.resolve("reports/2026-11-20/run-summary.json")))
        .contains("\"report_date_spend_usd\" : 0.742482700000")
        .contains("\"read\" : 14").contains("\"loaded\" : 14");
  }

  @Test
  void runningTheSameNightTwiceChangesNoTotal() throws Exception {
    assertThat(runNightly("priced-calls", work, "2026-11-20")).isEqualTo(ExitCodes.SUCCESS);
    Object first = scalar(work, "select sum(cost_usd) from calls");

    assertThat(runNightly("priced-calls", work, "2026-11-20")).isEqualTo(ExitCodes.SUCCESS);

    assertThat(scalar(work, "select sum(cost_usd) from calls")).isEqualTo(first);
    assertThat(scalar(work, "select count(*) from calls")).isEqualTo(14L);
    assertThat(Files.readString(work.resolve("reports/2026-11-20/run-summary.json")))
        .contains("\"read\" : 0").contains("\"loaded\" : 0"); // the file is unchanged: not read
  }
}

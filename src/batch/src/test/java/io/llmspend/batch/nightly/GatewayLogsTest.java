package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.costs;
import static io.llmspend.batch.nightly.NightlyFixtures.query;
import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other request-log sources through the ingest step (fixtures/gateway-logs/README.md): an Azure
 * trace CSV slice mapped by jobs/csv-mappings.yml, LiteLLM SpendLogs as CSV and JSON, Langfuse
 * observations as JSONL. Rates (prices/price-book.csv, USD per 1M tokens): gpt-4o-mini 0.15 in,
 * 0.075 cached, 0.60 out; claude-sonnet-4-5 3.00 in, 0.30 cache read, 3.75 5-minute write, 15.00
 * out; gemini-2.5-flash 0.30 in, 2.50 out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayLogsTest {
  private Path work;
  private int exitCode;

  @BeforeAll
  void run(@TempDir Path work) {
    this.work = work;
    exitCode = runNightly("gateway-logs", work, "2026-11-02");
  }

  @Test
  void loadsEveryCallAndQuarantinesTheSpan() throws Exception {
    assertThat(exitCode).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    assertThat(scalar(work, "select count(*) from calls")).isEqualTo(9L); // 4 + 2 + 1 + 2
    assertThat(scalar(work, "select source_file || ':' || source_line || ' ' || reason"
        + " from quarantine")).isEqualTo("logs/langfuse/observations.jsonl:2 Langfuse observation"
        + " of type SPAN is not an LLM call (only GENERATION is)");
  }

  @Test
  void pricesLiteLlmAndLangfuseCallsFromTheirUsage() throws Exception {
    Map<String, BigDecimal> costs = costs(work);
    // 600 uncached x 0.15 + 400 cached x 0.075 + 200 out x 0.60 = 0.00009 + 0.00003 + 0.00012
    assertThat(costs.get("chatcmpl-ll-001")).isEqualByComparingTo("0.00024");
    // failure with no tokens: priced at 0 tokens
    assertThat(costs.get("msg_ll-002")).isEqualByComparingTo("0");
    // 3,000 prompt, 2,000 cache reads and 500 writes, no text_tokens: LiteLLM versions differ
    // on whether the writes are inside prompt_tokens, so they are taken as outside (the upper
    // bound, noted): 1,000 x 3.00 + 2,000 x 0.30 + 500 x 3.75 + 500 out x 15.00
    // = 0.003 + 0.0006 + 0.001875 + 0.0075
    assertThat(costs.get("msg_ll-003")).isEqualByComparingTo("0.012975");
    // input 600 + cached 400; 600 x 0.15 + 400 x 0.075 + 150 x 0.60 = 0.00009 + 0.00003 + 0.00009
    assertThat(costs.get("obs-001")).isEqualByComparingTo("0.00021");
    // output 100 + reasoning 50 = 150 billed: 1,000 x 0.30 + 150 x 2.50 = 0.0003 + 0.000375
    assertThat(costs.get("obs-003")).isEqualByComparingTo("0.000675");
  }

  @Test
  void keepsTheAttributionOfEachSource() throws Exception {
    List<String> rows = query(work, "select request_id || ' ' || provider || ' ' || coalesce(team,"
        + " '-') || ' ' || coalesce(user_id, '-') || ' ' || coalesce(api_key_id, '-') || ' '"
        + " || status || ' ' || coalesce(cast(latency_ms as varchar), '-') from calls"
        + " where request_id is not null order by request_id", rs -> {
          List<String> out = new ArrayList<>();
          while (rs.next()) {
            out.add(rs.getString(1));
          }
          return out;
        });
    assertThat(rows).containsExactly(
        "chatcmpl-ll-001 openai finance u-7 key-litellm-fin 200 1375",
        "msg_ll-002 anthropic team-sup u-8"
            + " 88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b 500 30000",
        "msg_ll-003 anthropic team-legal u-9 key-litellm-legal 200 4000",
        "obs-001 openai - u-10 - 200 2500",
        "obs-003 google - - - 500 3000");
  }

  @Test
  void mapsTheAzureTraceCsv() throws Exception {
    // 4 rows: input 4,808 + 3,180 + 110 + 7,433 = 15,531; output 10 + 8 + 27 + 14 = 59;
    // gpt-4o has no price before 2024-08-06, so the 2023 rows are unpriced
    assertThat(scalar(work, "select count(*) || ' ' || sum(input_tokens) || ' ' ||"
        + " sum(output_tokens) || ' ' || count(cost_usd) || ' ' || min(ts) from calls"
        + " where function = 'code-completion'"))
        .isEqualTo("4 15531 59 0 2023-11-16 18:17:03.97996");
  }
}

package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.query;
import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code fixtures/real-shapes/logs} (shapes of the source projects' own type
 * definitions, each file's {@code .SOURCE.md} says which) through the nightly job: each call's
 * exact cost, token classes, usage notes and cost source, worked out by hand below.
 *
 * <p>Rates (USD per 1M tokens, src/core/src/main/resources/prices/price-book.csv, sources in
 * prices/README.md): claude-sonnet-4-5 input 3.00, cache read 0.30, 5-minute write 3.75, 1-hour
 * write 6.00, output 15.00 (docs.anthropic.com pricing); gpt-4o-mini 0.15 / cached 0.075 / 0.60;
 * o4-mini 1.10 / 4.40; gpt-4.1 priority 3.50 / 14.00 (platform.openai.com pricing);
 * gemini-2.5-flash 0.30 / 2.50 (ai.google.dev pricing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealShapesTest {
  private static final String AMBIGUOUS = "LiteLLM prompt_tokens may include the cache writes"
      + " (depends on the LiteLLM version): priced as excluding them, an upper bound";
  private Map<String, Call> calls;
  private List<String> quarantined;
  private List<String> quality;
  private long duplicates;
  private List<String> batchCalls;
  private List<String> otelAttribution;
  private int monthlyExit;
  private List<String> savingsRealized;

  /** One call as loaded: tokens uncached, cached, 5m, 1h, output, reasoning. */
  record Call(BigDecimal cost, String tokens, String notes, String source, BigDecimal avoided,
      String tools, BigDecimal toolFee, String priceModelOrReason) {}

  /**
   * What a fixture call must be loaded as.
   *
   * @param cost the total in USD, or {@code null} when unpriced
   * @param tools the server-tool requests as stored, or {@code null}
   * @param toolFee their fees in USD ({@code null} when unpriced)
   * @param priceModelOrReason the price-book model, or the unpriced reason
   */
  record Expected(String id, String cost, String tokens, String notes, String source,
      String avoided, String tools, String toolFee, String priceModelOrReason) {
    Expected(String id, String cost, String tokens, String notes, String source,
        String avoided) {
      this(id, cost, tokens, notes, source, avoided, null, "0", null);
    }

    /** A call without notes, priced from its usage, with server tools. */
    static Expected tools(String id, String cost, String tokens, String tools, String toolFee,
        String priceModelOrReason) {
      return new Expected(id, cost, tokens, null, "provider_usage", null, tools, toolFee,
          priceModelOrReason);
    }

    @Override
    public String toString() {
      return id;
    }
  }

  @BeforeAll
  void run(@TempDir Path work) throws Exception {
    runNightly("real-shapes", work, "2026-11-02");
    calls = query(work, "select request_id, cost_usd, concat_ws(' ', uncached_input_tokens,"
        + " cached_input_tokens, cache_write_5m_tokens, cache_write_1h_tokens, output_tokens,"
        + " reasoning_tokens), usage_notes, cost_source, avoided_cost_usd, server_tool_requests,"
        + " tool_fee_usd, coalesce(unpriced_reason, price_model) from calls", rs -> {
          Map<String, Call> out = new LinkedHashMap<>();
          while (rs.next()) {
            out.put(rs.getString(1), new Call(rs.getBigDecimal(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getString(7),
                rs.getBigDecimal(8), rs.getString(9)));
          }
          return out;
        });
    quarantined = rows(work, "select source_file || ':' || source_line || ' ' || reason"
        + " from quarantine order by 1");
    duplicates = ((Number) NightlyFixtures.scalar(work, "select sum(duplicates) from runs"))
        .longValue();
    otelAttribution = rows(work, "select request_id || ' ' || coalesce(team, '-') || ' '"
        + " || function || ' ' || latency_ms from calls where request_id like '%otel%'"
        + " order by 1");
    batchCalls = rows(work, "select request_id || ' ' || strftime(ts, '%Y-%m-%d %H:%M:%S')"
        + " from calls where batch order by 1");
    monthlyExit = io.llmspend.batch.cli.LlmSpendCommand.execute("monthly", "--month", "2026-11",
        "--db", work.resolve("llmspend.duckdb").toString(), "--reports",
        work.resolve("reports").toString(), "--config",
        NightlyFixtures.FIXTURES.resolve("real-shapes").resolve("llmspend-test.yml").toString());
    Path realized = work.resolve("reports/monthly/2026-11/monthly_savings_realized.csv");
    savingsRealized = java.nio.file.Files.exists(realized)
        ? java.nio.file.Files.readAllLines(realized) : List.of();
    quality = rows(work, "select issue || ' | ' || item || ' | ' || calls from"
        + " quality_issues(date '2026-11-01', date '2026-11-02')"
        + " where issue like 'usage%' or issue like 'response%' order by 1");
  }

  private static List<String> rows(Path work, String sql) throws Exception {
    return query(work, sql, rs -> {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    });
  }

  static Stream<Expected> calls() {
    return Stream.of(
        // LiteLLM 2026 row (prompt_tokens = text 1,000 + read 2,000 + writes 3,000, 2,000 of them
        // 1-hour per cache_creation_token_details; reasoning 100 in completion_tokens_details):
        // 1,000 x 3 + 2,000 x 0.30 + 1,000 x 3.75 + 2,000 x 6 + 400 x 15
        // = 3,000 + 600 + 3,750 + 12,000 + 6,000 = 25,350 / 1M
        new Expected("chatcmpl-rs-ll-1h", "0.02535", "1000 2000 1000 2000 400 100", null,
            "provider_usage", null),
        // LiteLLM 2025 row: prompt_tokens 4,500 = input + 4,000 reads; the 1,000 writes are
        // outside (reads + writes exceed prompt_tokens): 500 x 3 + 4,000 x 0.30 + 1,000 x 3.75
        // + 200 x 15 = 1,500 + 1,200 + 3,750 + 3,000 = 9,450 / 1M
        new Expected("chatcmpl-rs-ll-writes-outside", "0.00945", "500 4000 1000 0 200 0", null,
            "provider_usage", null),
        // no text_tokens and writes that fit inside prompt_tokens: either reading; priced as the
        // one that bills more (writes outside): 1,000 x 3 + 2,000 x 0.30 + 500 x 3.75 + 500 x 15
        // = 3,000 + 600 + 1,875 + 7,500 = 12,975 / 1M (inside would be 11,475)
        new Expected("chatcmpl-rs-ll-ambiguous", "0.012975", "1000 2000 500 0 500 0", AMBIGUOUS,
            "provider_usage", null),
        // response-cache hit: $0, no tokens billed; avoided 1,000 x 0.15 + 200 x 0.60 = 270 / 1M
        new Expected("chatcmpl-rs-ll-hit_cache_hit1793606400.123", "0", "0 0 0 0 0 0", null,
            "response_cache_hit", "0.00027"),
        // o4-mini, reasoning 300 inside completion: 1,000 x 1.10 + 500 x 4.40 = 1,100 + 2,200
        new Expected("chatcmpl-rs-ll-reasoning", "0.0033", "1000 0 0 0 500 300", null,
            "provider_usage", null),
        // 50 audio tokens inside prompt_tokens have no audio rate: priced as text and noted:
        // 1,000 x 0.15 + 100 x 0.60 = 150 + 60 = 210 / 1M
        new Expected("chatcmpl-rs-ll-audio", "0.00021", "1000 0 0 0 100 0",
            "usage key not understood: prompt_tokens_details.audio_tokens", "provider_usage", null),
        // Langfuse, OpenAI predicted outputs (accepted 50 + rejected 30 billed as output):
        // 800 x 0.15 + 200 x 0.075 + 180 x 0.60 = 120 + 15 + 108 = 243 / 1M
        new Expected("lf-prediction", "0.000243", "800 200 0 0 180 0", null, "provider_usage",
            null),
        // Anthropic SDK keys: cache_creation_input_tokens 3,000 is the total of its 5m/1h split:
        // 100 x 3 + 1,000 x 0.30 + 1,000 x 3.75 + 2,000 x 6 + 50 x 15
        // = 300 + 300 + 3,750 + 12,000 + 750 = 17,100 / 1M
        new Expected("lf-anthropic-sdk", "0.0171", "100 1000 1000 2000 50 0", null,
            "provider_usage", null),
        // LangChain keys: input_cache_creation 500 is what the 1-hour split leaves (5-minute):
        // 300 + 300 + 500 x 3.75 + 2,000 x 6 + 750 = 300 + 300 + 1,875 + 12,000 + 750 = 15,225
        new Expected("lf-langchain", "0.015225", "100 1000 500 2000 50 0", null,
            "provider_usage", null),
        // nested cache_creation object: 300 + 300 + 2,000 x 6 + 750 = 13,350 / 1M
        new Expected("lf-nested", "0.01335", "100 1000 0 2000 50 0", null, "provider_usage",
            null),
        // Vertex modality keys (text 1,000 + image 258 at the input rate), output 300 +
        // output_reasoning 200: 1,258 x 0.30 + 500 x 2.50 = 377.4 + 1,250 = 1,627.4 / 1M
        new Expected("lf-vertex", "0.0016274", "1258 0 0 0 500 200", null, "provider_usage",
            null),
        // audio modality priced at the text rate and noted: 1,100 x 0.30 + 100 x 2.50
        // = 330 + 250 = 580 / 1M
        new Expected("lf-audio", "0.00058", "1100 0 0 0 100 0",
            "usage key not understood: usageDetails.input_modality_audio (priced at the text rate)",
            "provider_usage", null),
        // an unknown key is noted, never priced as something it may not be:
        // 100 x 0.15 + 10 x 0.60 = 15 + 6 = 21 / 1M
        new Expected("lf-unknown-key", "0.000021", "100 0 0 0 10 0",
            "usage key not understood: usageDetails.input_mystery_tokens", "provider_usage",
            null),
        // input_priority / output_priority: priority tier, 1,000 x 3.50 + 100 x 14 = 4,900 / 1M
        new Expected("lf-priority", "0.0049", "1000 0 0 0 100 0", null, "provider_usage", null),
        // Server-side tools (prices/tool-fees.csv): Anthropic web search $10 per 1,000 searches
        // (docs.anthropic.com web-search tool): 1,000 x 3 + 500 x 15 = 10,500 / 1M = 0.0105,
        // + 3 x 0.01 = 0.03: 0.0405
        Expected.tools("msg_rs-web-search", "0.0405", "1000 0 0 0 500 0", "web_search=3",
            "0.03", "claude-sonnet-4-5"),
        // Anthropic web fetch: no per-request charge (0 in the book, counted):
        // claude-haiku-4-5 1.00 / 5.00: 100 x 1 + 10 x 5 = 150 / 1M
        Expected.tools("msg_rs-web-fetch", "0.00015", "100 0 0 0 10 0", "web_fetch=2", "0",
            "claude-haiku-4-5"),
        // OpenAI web search has no fee in the book (it depends on model and period and was not
        // verified): unpriced with the reason, never $0
        Expected.tools("resp_rs-web-search", null, "1000 0 0 0 100 0", "web_search=1", null,
            "1 web_search requests but no openai web_search fee for gpt-4.1 in force on"
                + " 2026-11-02 in the tool fees"),
        // OpenAI file search $2.50 per 1,000 calls (platform.openai.com pricing): gpt-4.1 2.00 /
        // 8.00: 1,000 x 2 + 100 x 8 = 2,800 / 1M = 0.0028, + 2 x 0.0025 = 0.005: 0.0078
        Expected.tools("resp_rs-file-search", "0.0078", "1000 0 0 0 100 0", "file_search=2",
            "0.005", "gpt-4.1"),
        // Gemini 2.5 grounding $35 per 1,000 grounded prompts, once per call whatever its two
        // queries (ai.google.dev pricing): 100 x 0.30 + 50 x 2.50 = 155 / 1M, + 0.035
        Expected.tools("rs-gemini-grounding", "0.035155", "100 0 0 0 50 0", "google_search=2",
            "0.035", "gemini-2.5-flash"),
        // LiteLLM passes server_tool_use on: Bedrock Claude 3.5 Haiku 0.80 / 4.00:
        // 1,000 x 0.80 + 100 x 4 = 1,200 / 1M, + 1 x 0.01
        Expected.tools("chatcmpl-rs-ll-bedrock", "0.0112", "1000 0 0 0 100 0", "web_search=1",
            "0.01", "claude-3-5-haiku"),
        // Langfuse server_tool_use object: 1,000 x 3 + 500 x 15 = 10,500 / 1M, + 2 x 0.01
        Expected.tools("lf-web-search", "0.0305", "1000 0 0 0 500 0", "web_search=2", "0.02",
            "claude-sonnet-4-5"),
        // Bedrock model ids in every form resolve to claude-3-5-haiku (0.80 / 4.00):
        // 1,000 x 0.80 + 100 x 4.00 = 800 + 400 = 1,200 / 1M
        Expected.tools("rs-bedrock-base", "0.0012", "1000 0 0 0 100 0", null, "0",
            "claude-3-5-haiku"),
        Expected.tools("rs-bedrock-us", "0.0012", "1000 0 0 0 100 0", null, "0",
            "claude-3-5-haiku"),
        Expected.tools("rs-bedrock-apac", "0.0012", "1000 0 0 0 100 0", null, "0",
            "claude-3-5-haiku"),
        Expected.tools("rs-bedrock-arn", "0.0012", "1000 0 0 0 100 0", null, "0",
            "claude-3-5-haiku"),
        Expected.tools("rs-bedrock-profile-arn", "0.0012", "1000 0 0 0 100 0", null, "0",
            "claude-3-5-haiku"),
        // a Langfuse observation with an eu. Bedrock id and no provider
        Expected.tools("lf-bedrock-eu", "0.0012", "1000 0 0 0 100 0", null, "0",
            "claude-3-5-haiku"),
        // Bedrock Converse with cacheDetails (1h 2,000 of 3,000 writes), global. profile of
        // Sonnet 4.5: 1,000 x 3 + 2,000 x 0.30 + 1,000 x 3.75 + 2,000 x 6 + 100 x 15
        // = 3,000 + 600 + 3,750 + 12,000 + 1,500 = 20,850 / 1M
        Expected.tools("rs-bedrock-global", "0.02085", "1000 2000 1000 2000 100 0", null, "0",
            "claude-sonnet-4-5"),
        // Bedrock model invocation log (InvokeModel, Anthropic body): input 1,000, cache read
        // 2,000, cache writes 3,000 of which 1,000 1-hour (outputBodyJson usage.cache_creation),
        // output 200; claude-3-5-haiku 0.80 / read 0.08 / 5m 1.00 / 1h 1.60 / out 4.00:
        // 800 + 160 + 2,000 + 1,600 + 800 = 5,360 / 1M
        Expected.tools("b5f8c1a2-0000-4000-8000-000000000001", "0.00536",
            "1000 2000 2000 1000 200 0", null, "0", "claude-3-5-haiku"),
        // the AWS documentation sample (Llama 3.1 8B): no Meta prices in the book, unpriced
        Expected.tools("b5f8c1a2-0000-4000-8000-000000000002", null, "15 0 0 0 12 0", null, null,
            "model llama3-1-8b-instruct (logged 'meta.llama3-1-8b-instruct-v1:0') is not in the"
                + " price book"),
        // OpenAI Batch output line, priced at batch rates (gpt-4o-mini 0.075 / 0.30):
        // 1,000 x 0.075 + 200 x 0.30 = 75 + 60 = 135 / 1M; the app's own line of the same call
        // (same chatcmpl id) is a duplicate, not a second call
        Expected.tools("chatcmpl-rs-batch-1", "0.000135", "1000 0 0 0 200 0", null, "0",
            "gpt-4o-mini"),
        // Anthropic Message Batches result, day from the sidecar's ended_at, batch rates
        // (claude-haiku-4-5 0.50 / 2.50): 1,000 x 0.50 + 200 x 2.50 = 500 + 500 = 1,000 / 1M
        Expected.tools("msg_rs_batch_1", "0.001", "1000 0 0 0 200 0", null, "0",
            "claude-haiku-4-5"),
        // OpenTelemetry GenAI spans (collector file exporter, OTLP/JSON, int64 as strings). The
        // semantic-conventions example span (gpt-4-0613, 52 in / 47 out), exported twice: one
        // call, unpriced (no gpt-4 in the book)
        Expected.tools("chatcmpl-9J3uIL87gldCFtiIbyaOvTeYBRA3l", null, "52 0 0 0 47 0", null,
            null, "model gpt-4-0613 (logged 'gpt-4-0613') is not in the price book"),
        // input_tokens 2,000 includes the 1,000 cache reads (the convention): 1,000 x 0.15
        // + 1,000 x 0.075 + 100 x 0.60 = 150 + 75 + 60 = 285 / 1M
        Expected.tools("chatcmpl-rs-otel-mini", "0.000285", "1000 1000 0 0 100 0", null, "0",
            "gpt-4o-mini"),
        // older names (gen_ai.system, prompt/completion_tokens, cache_read_input_tokens) from an
        // instrumentation that reported Anthropic's input_tokens: reads 2,000 > prompt 100, so
        // 100 is the uncached input: 100 x 3 + 2,000 x 0.30 + 50 x 15 = 300 + 600 + 750 = 1,650
        Expected.tools("msg_rs_otel_older", "0.00165", "100 2000 0 0 50 0", null, "0",
            "claude-sonnet-4-5"),
        // OTLP/JSON trace file (one request): output 300 includes reasoning 100: 1,000 x 0.30
        // + 300 x 2.50 = 300 + 750 = 1,050 / 1M; an audio count is noted
        new Expected("rs-otel-gemini", "0.00105", "1000 0 0 0 300 100",
            "usage key not understood: gen_ai.usage.audio.input_tokens", "provider_usage", null,
            null, "0", "gemini-2.5-flash"));
  }

  @ParameterizedTest
  @MethodSource("calls")
  void eachCallIsLoadedWithItsExactCost(Expected e) {
    Call call = calls.get(e.id());
    assertThat(call).as(e.id() + " loaded").isNotNull();
    if (e.cost() == null) {
      assertThat(call.cost()).as("cost (unpriced)").isNull();
    } else {
      assertThat(call.cost()).as("cost").isEqualByComparingTo(e.cost());
    }
    assertThat(call.tokens()).as("uncached cached 5m 1h output reasoning").isEqualTo(e.tokens());
    assertThat(call.notes()).as("usage notes").isEqualTo(e.notes());
    assertThat(call.source()).as("cost source").isEqualTo(e.source());
    if (e.avoided() == null) {
      assertThat(call.avoided()).isNull();
    } else {
      assertThat(call.avoided()).isEqualByComparingTo(e.avoided());
    }
    assertThat(call.tools()).as("server tools").isEqualTo(e.tools());
    if (e.toolFee() == null) {
      assertThat(call.toolFee()).as("tool fee (unpriced)").isNull();
    } else {
      assertThat(call.toolFee()).as("tool fee").isEqualByComparingTo(e.toolFee());
    }
    if (e.priceModelOrReason() != null) {
      assertThat(call.priceModelOrReason()).isEqualTo(e.priceModelOrReason());
    }
  }

  @Test
  void theDataQualityReportNamesEveryNoteAndTheCacheHits() {
    assertThat(quality).containsExactly(
        "response cache hits (not billed, savings realized) | openai / gpt-4o-mini | 1",
        "usage key not understood | gen_ai.usage.audio.input_tokens | 1",
        "usage key not understood | prompt_tokens_details.audio_tokens | 1",
        "usage key not understood | usageDetails.input_modality_audio (priced at the text rate) | 1",
        "usage key not understood | usageDetails.input_mystery_tokens | 1",
        "usage read as an upper bound | " + AMBIGUOUS + " | 1");
  }

  @Test
  void aResponseCacheHitIsASavingRealizedInTheMonth() {
    // the LiteLLM cache hit avoided 1,000 x 0.15 + 200 x 0.60 = 270 / 1M (gpt-4o-mini)
    assertThat(monthlyExit).isZero();
    assertThat(savingsRealized).anyMatch(row -> row.startsWith("response cache hits,team-rs,")
        && row.contains("realized: 1 calls answered by a gateway response cache, not billed")
        && row.endsWith(",0.000270000000"));
  }

  @Test
  void otelSpansAreAttributedFromSpanAndResourceAttributes() {
    // team from the span's llmspend.team or the resource's app.team (fixture mappings.yml:
    // otel-attributes), function from the resource's service.name, latency
    // from the span's start and end (0.8 s, 2 s, 3 s)
    assertThat(otelAttribution).containsExactly("chatcmpl-rs-otel-mini support support-bot 800",
        "msg_rs_otel_older - support-bot 2000", "rs-otel-gemini platform doc-summary 3000");
  }

  @Test
  void everyFixtureCallIsExpectedAndNothingElseIsLoaded() {
    assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(
        calls().map(Expected::id).toList());
    assertThat(quarantined).containsExactly(
        "logs/anthropic-batch/msgbatch_rs_results.jsonl:2 Anthropic batch result errored: not"
            + " billed, nothing to load",
        "logs/openai-batch/batch_output.jsonl:2 OpenAI batch line without a response body"
            + " (error: batch_expired): not billed, nothing to load",
        "logs/other/unrelated.csv:1 file format not recognized (its first record has no"
            + " timestamp, provider or model and is no known export); file skipped");
    // the app's line of the batch call, and the OTel span exported twice
    assertThat(duplicates).isEqualTo(2L);
    // created 1,793,613,600 s = 2026-11-02T10:00:00Z; the sidecar's ended_at 01:15Z
    assertThat(batchCalls).containsExactly("chatcmpl-rs-batch-1 2026-11-02 10:00:00",
        "msg_rs_batch_1 2026-11-02 01:15:00");
  }
}

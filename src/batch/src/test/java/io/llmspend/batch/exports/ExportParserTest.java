package io.llmspend.batch.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.core.pricing.TokenUsage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The readers on the real payload shapes of src/test/resources/exports/ (OpenAI: verbatim spec
 * examples of openai-openapi f85dbe22, 2026-08-21, and 498c71d, 2025-04-29; Anthropic: built from
 * the documented field names, see the .source.txt files).
 */
class ExportParserTest {
  private static final Path DIR = Path.of("src", "test", "resources", "exports");

  @Test
  void openAiUsagePageOf2026() throws IOException {
    ParsedExport parsed = parse("openai", "openai-usage-completions-page.json");
    assertThat(parsed.kind()).isEqualTo("openai_usage");
    assertThat(parsed.bad()).isEmpty();
    UsageBucket b = parsed.usage().get(0);
    // input_tokens 1000 includes cached 400 and cache writes 100: uncached 1000 - 400 - 100 = 500,
    // which the page also states as input_uncached_tokens 500
    assertThat(b.usage()).isEqualTo(new TokenUsage(500, 400, 100, 0, 500, 0));
    assertThat(b.requests()).isEqualTo(5);
    assertThat(b.start()).isEqualTo(Instant.parse("2024-11-01T00:00:00Z")); // 1730419200
    assertThat(b.end()).isEqualTo(Instant.parse("2024-11-02T00:00:00Z")); // 1730505600
    assertThat(b.apiKeyId()).isNull();
    assertThat(b.model()).isNull();
    assertThat(b.batch()).isNull();
  }

  @Test
  void openAiUsageResultOf2025GroupedByEverything() throws IOException {
    String result = Files.readString(DIR.resolve("openai-usage-completions-result-2025.json"));
    String page = "{\"object\":\"page\",\"data\":[{\"object\":\"bucket\",\"start_time\":1730419200,"
        + "\"end_time\":1730505600,\"results\":[" + result + "]}],\"has_more\":false}";
    ParsedExport parsed = ExportParser.parse("openai", "usage.json", page.getBytes(StandardCharsets.UTF_8));
    UsageBucket b = parsed.usage().get(0);
    // 2025 shape: no cache-write field; uncached = 5000 - 4000 cached = 1000
    assertThat(b.usage()).isEqualTo(new TokenUsage(1000, 4000, 0, 0, 1000, 0));
    assertThat(b.projectId()).isEqualTo("proj_abc");
    assertThat(b.userId()).isEqualTo("user-abc");
    assertThat(b.apiKeyId()).isEqualTo("key_abc");
    assertThat(b.model()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(b.batch()).isFalse();
  }

  @Test
  void openAiCostsPageInDollars() throws IOException {
    ParsedExport parsed = parse("openai", "openai-costs-page.json");
    assertThat(parsed.kind()).isEqualTo("openai_costs");
    CostLine line = parsed.costs().get(0);
    assertThat(line.amountUsd()).isEqualByComparingTo("0.06");
    assertThat(line.costType()).isEqualTo(CostLine.UNKNOWN); // not grouped by line_item
    assertThat(line.model()).isNull();
  }

  @Test
  void openAiLineItemsNameAModelAndAClass() {
    ParsedExport parsed = ExportParser.parse("openai", "c.json", bytes(costsPage(
        "{\"object\":\"organization.costs.result\",\"amount\":{\"value\":0.06,\"currency\":\"usd\"},"
            + "\"line_item\":\"input_tokens\",\"project_id\":\"proj_abc\",\"quantity\":10000,"
            + "\"quantity_unit\":\"tokens\"}",
        "{\"object\":\"organization.costs.result\",\"amount\":{\"value\":1.234567890123,"
            + "\"currency\":\"usd\"},\"line_item\":\"gpt-4o-mini, cached input\"}",
        "{\"object\":\"organization.costs.result\",\"amount\":{\"value\":2.5,\"currency\":\"usd\"},"
            + "\"line_item\":\"web search tool calls\"}")));
    assertThat(parsed.costs()).extracting(CostLine::costType, CostLine::tokenType, CostLine::model)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tokens", "input", null),
            org.assertj.core.groups.Tuple.tuple("tokens", "cached_input", "gpt-4o-mini"),
            org.assertj.core.groups.Tuple.tuple("web search tool calls", null, null));
    assertThat(parsed.costs().get(0).projectId()).isEqualTo("proj_abc");
    assertThat(parsed.costs().get(1).amountUsd()).isEqualTo(new BigDecimal("1.234567890123"));
  }

  @Test
  void anthropicUsageReport() throws IOException {
    ParsedExport parsed = parse("anthropic", "anthropic-usage-report-page.json");
    assertThat(parsed.kind()).isEqualTo("anthropic_usage");
    UsageBucket b = parsed.usage().get(0);
    assertThat(b.usage()).isEqualTo(new TokenUsage(1500, 200, 100, 50, 500, 0));
    assertThat(b.usage().inputTokens()).isEqualTo(1850); // 1500 + 200 + 100 + 50: disjoint classes
    assertThat(b.requests()).isNull(); // the report counts no requests
    assertThat(b.webSearchRequests()).isEqualTo(10);
    assertThat(b.projectId()).isEqualTo("wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ");
    assertThat(b.start()).isEqualTo(Instant.parse("2025-08-01T00:00:00Z"));
    assertThat(b.batch()).isFalse();
    UsageBucket ungrouped = parsed.usage().get(1);
    assertThat(ungrouped.usage()).isEqualTo(new TokenUsage(40, 0, 0, 0, 9, 0));
    assertThat(ungrouped.batch()).isTrue(); // service_tier batch
  }

  @Test
  void anthropicCostReportInCentsWithBadRecordsQuarantined() throws IOException {
    ParsedExport parsed = parse("anthropic", "anthropic-cost-report-page.json");
    assertThat(parsed.kind()).isEqualTo("anthropic_costs");
    // "123.45" cents = $1.2345; "0.5" cents = $0.005; "10" cents = $0.10
    assertThat(parsed.costs()).extracting(CostLine::amountUsd)
        .containsExactly(new BigDecimal("1.2345"), new BigDecimal("0.005"), new BigDecimal("0.10"));
    assertThat(parsed.costs()).extracting(CostLine::tokenType)
        .containsExactly("input", "cache_write", null);
    assertThat(parsed.costs().get(2).costType()).isEqualTo("web_search");
    assertThat(parsed.bad()).extracting(ParsedExport.Bad::record, ParsedExport.Bad::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "amount is not a decimal string: 12.5"),
            org.assertj.core.groups.Tuple.tuple(5L, "currency is not USD: EUR"));
  }

  @Test
  void badUsageResultsAreQuarantinedWithTheirNumber() {
    ParsedExport parsed = ExportParser.parse("openai", "u.json", bytes("{\"object\":\"page\","
        + "\"data\":[{\"start_time\":1730419200,\"results\":["
        + "{\"input_tokens\":10,\"input_cached_tokens\":20,\"output_tokens\":1,\"num_model_requests\":1},"
        + "{\"input_tokens\":-1,\"output_tokens\":1,\"num_model_requests\":1},"
        + "{\"input_tokens\":10,\"output_tokens\":1}]},{\"results\":[{}]}]}"));
    assertThat(parsed.usage()).isEmpty();
    assertThat(parsed.bad()).extracting(ParsedExport.Bad::record, ParsedExport.Bad::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "cached 20 + cache-write 0 tokens exceed input_tokens 10"),
            org.assertj.core.groups.Tuple.tuple(2L, "input_tokens is not a non-negative whole number: -1"),
            org.assertj.core.groups.Tuple.tuple(3L, "missing num_model_requests"),
            org.assertj.core.groups.Tuple.tuple(4L, "bucket without start_time"));
  }

  @Test
  void anUnreadableFileIsOneBadRecordNumberedZero() {
    assertThat(ExportParser.parse("openai", "x.json", bytes("{not json")).bad())
        .singleElement().satisfies(b -> {
          assertThat(b.record()).isZero();
          assertThat(b.reason()).startsWith("invalid JSON");
        });
    assertThat(ExportParser.parse("mistral", "x.json", bytes("{\"data\":[]}")).bad())
        .singleElement().satisfies(b ->
            assertThat(b.reason()).isEqualTo("no export reader for the provider folder 'mistral'"));
  }

  private static ParsedExport parse(String provider, String file) throws IOException {
    return ExportParser.parse(provider, file, Files.readAllBytes(DIR.resolve(file)));
  }

  private static String costsPage(String... results) {
    return "{\"object\":\"page\",\"data\":[{\"object\":\"bucket\",\"start_time\":1730419200,"
        + "\"end_time\":1730505600,\"results\":[" + String.join(",", results) + "]}]}";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

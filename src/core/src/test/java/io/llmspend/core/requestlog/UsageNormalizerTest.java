package io.llmspend.core.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.pricing.TokenUsage;
import org.junit.jupiter.api.Test;

/**
 * Usage normalization per provider. Field meanings: research notes FORMATS.md §1 (OpenAI spec
 * f85dbe22 2026-08-21, Anthropic SDK 009b0353 2026-08-07, google-genai 66807187 2026-08-21).
 */
class UsageNormalizerTest {
  private final ObjectMapper json = new ObjectMapper();
  private final UsageNormalizer normalizer = new UsageNormalizer();

  private TokenUsage normalize(String provider, String response) throws Exception {
    return normalizer.normalize(provider, json.readTree(response)).orElseThrow().usage();
  }

  // One call: 3,000 prompt tokens of which 2,048 read from cache and 512 written, 400 output of
  // which 150 reasoning. Uncached = 3,000 - 2,048 - 512 = 440 in every shape.
  private static final TokenUsage SAME_CALL = new TokenUsage(440, 2048, 512, 0, 400, 150);

  @Test
  void openAiChatIncludesCachedAndWritesInPromptTokens() throws Exception {
    assertThat(normalize("openai", """
        {"usage":{"prompt_tokens":3000,"completion_tokens":400,"total_tokens":3400,
         "prompt_tokens_details":{"cached_tokens":2048,"cache_write_tokens":512},
         "completion_tokens_details":{"reasoning_tokens":150}}}""")).isEqualTo(SAME_CALL);
  }

  @Test
  void openAiResponsesIncludesCachedAndWritesInInputTokens() throws Exception {
    assertThat(normalize("openai", """
        {"usage":{"input_tokens":3000,"output_tokens":400,"total_tokens":3400,
         "input_tokens_details":{"cached_tokens":2048,"cache_write_tokens":512},
         "output_tokens_details":{"reasoning_tokens":150}}}""")).isEqualTo(SAME_CALL);
  }

  @Test
  void anthropicInputExcludesCacheReadsAndWrites() throws Exception {
    // input_tokens 440 are the uncached ones; reads and writes are separate fields.
    assertThat(normalize("anthropic", """
        {"usage":{"input_tokens":440,"cache_read_input_tokens":2048,
         "cache_creation_input_tokens":512,
         "cache_creation":{"ephemeral_5m_input_tokens":512,"ephemeral_1h_input_tokens":0},
         "output_tokens":400,"output_tokens_details":{"thinking_tokens":150}}}"""))
        .isEqualTo(SAME_CALL);
  }

  @Test
  void anthropicSplitsFiveMinuteAndOneHourWrites() throws Exception {
    assertThat(normalize("anthropic", """
        {"input_tokens":10,"cache_creation_input_tokens":300,
         "cache_creation":{"ephemeral_5m_input_tokens":100,"ephemeral_1h_input_tokens":200},
         "output_tokens":5}""")).isEqualTo(new TokenUsage(10, 0, 100, 200, 5, 0));
  }

  @Test
  void anthropicWritesWithoutBreakdownCountAsFiveMinute() throws Exception {
    assertThat(normalize("anthropic", """
        {"usage":{"input_tokens":10,"cache_creation_input_tokens":300,"output_tokens":5}}"""))
        .isEqualTo(new TokenUsage(10, 0, 300, 0, 5, 0));
  }

  @Test
  void geminiAddsThoughtsToOutputAndToolPromptToInput() throws Exception {
    // Sample from FORMATS.md samples/gemini-generatecontent-response.json: prompt 34, candidates
    // 418, thoughts 438 -> output 418 + 438 = 856, reasoning 438. Tool-use prompt 20 and cached
    // 4 of the 34: uncached = 34 - 4 + 20 = 50.
    assertThat(normalize("google", """
        {"usageMetadata":{"promptTokenCount":34,"cachedContentTokenCount":4,
         "toolUsePromptTokenCount":20,"candidatesTokenCount":418,"thoughtsTokenCount":438,
         "totalTokenCount":910}}""")).isEqualTo(new TokenUsage(50, 4, 0, 0, 856, 438));
  }

  @Test
  void bedrockConverseIsAnthropicStyle() throws Exception {
    assertThat(normalize("bedrock", """
        {"usage":{"inputTokens":440,"cacheReadInputTokens":2048,"cacheWriteInputTokens":512,
         "outputTokens":400,"totalTokens":3400}}"""))
        .isEqualTo(new TokenUsage(440, 2048, 512, 0, 400, 0));
  }

  @Test
  void reportsTheServiceTierOfTheResponse() throws Exception {
    JsonNode response = json.readTree("""
        {"service_tier":"flex","usage":{"prompt_tokens":1,"completion_tokens":1}}""");
    assertThat(normalizer.normalize("openai", response).orElseThrow().serviceTier())
        .isEqualTo("flex");
  }

  @Test
  void noUsageIsEmpty() throws Exception {
    assertThat(normalizer.normalize("openai", json.readTree("{\"id\":\"x\"}"))).isEmpty();
    assertThat(normalizer.normalize("openai", null)).isEmpty();
  }

  @Test
  void negativeCountsAreBadInput() {
    assertThatThrownBy(() -> normalize("openai",
        "{\"usage\":{\"prompt_tokens\":-5,\"completion_tokens\":1}}"))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("negative token count in usage.prompt_tokens: -5");
  }

  @Test
  void cachedAbovePromptIsBadInput() {
    assertThatThrownBy(() -> normalize("openai", """
        {"usage":{"prompt_tokens":100,"completion_tokens":1,
         "prompt_tokens_details":{"cached_tokens":200}}}"""))
        .isInstanceOf(BadRecordException.class)
        .hasMessageContaining("exceed prompt_tokens 100");
  }

  @Test
  void fractionalCountsAreBadInput() {
    assertThatThrownBy(() -> normalize("anthropic",
        "{\"usage\":{\"input_tokens\":1.5,\"output_tokens\":1}}"))
        .isInstanceOf(BadRecordException.class)
        .hasMessageContaining("usage.input_tokens is not a whole number");
  }

  @Test
  void everyCountNoRulePricesIsNamedNeverDropped() throws Exception {
    NormalizedUsage usage = normalizer.normalize("openai", json.readTree("""
        {"usage":{"prompt_tokens":100,"completion_tokens":10,
         "prompt_tokens_details":{"cached_tokens":0,"audio_tokens":20,"text_tokens":80},
         "completion_tokens_details":{"audio_tokens":0,"surprise_tokens":3}}}""")).orElseThrow();
    // audio has its own rate (priced as text here), surprise_tokens is unknown; zero counts and
    // the text split of a priced count are not noted
    assertThat(usage.notes()).containsExactly(
        "usage key not understood: prompt_tokens_details.audio_tokens",
        "usage key not understood: completion_tokens_details.surprise_tokens");
    NormalizedUsage gemini = normalizer.normalize("google", json.readTree("""
        {"usageMetadata":{"promptTokenCount":100,"candidatesTokenCount":10,
         "promptTokensDetails":[{"modality":"TEXT","tokenCount":60},
                                {"modality":"AUDIO","tokenCount":40}]}}""")).orElseThrow();
    assertThat(gemini.notes())
        .containsExactly("usage key not understood: promptTokensDetails[AUDIO]");
  }

  @Test
  void serverToolRequestsAreCountedPerTool() throws Exception {
    assertThat(normalize("anthropic", """
        {"usage":{"input_tokens":10,"output_tokens":5,
         "server_tool_use":{"web_search_requests":3,"web_fetch_requests":0}}}""")
        .serverToolRequests()).containsExactly(java.util.Map.entry("web_search", 3L));
    assertThat(normalize("openai", """
        {"output":[{"type":"web_search_call"},{"type":"file_search_call"},
                   {"type":"file_search_call"},{"type":"message"}],
         "usage":{"input_tokens":10,"output_tokens":5,"total_tokens":15}}""")
        .serverToolRequests()).containsExactly(java.util.Map.entry("file_search", 2L),
            java.util.Map.entry("web_search", 1L));
    assertThat(normalize("google", """
        {"candidates":[{"groundingMetadata":{"webSearchQueries":["a","b"]}}],
         "usageMetadata":{"promptTokenCount":10,"candidatesTokenCount":5}}""")
        .serverToolRequests()).containsExactly(java.util.Map.entry("google_search", 2L));
  }

  @Test
  void bedrockCacheDetailsSplitTheWritesByTtl() throws Exception {
    // 3,000 writes of which 2,000 1-hour: 1,000 5-minute
    assertThat(normalize("bedrock", """
        {"usage":{"inputTokens":100,"outputTokens":10,"cacheReadInputTokens":50,
         "cacheWriteInputTokens":3000,
         "cacheDetails":[{"ttl":"1h","inputTokens":2000},{"ttl":"5m","inputTokens":1000}]}}"""))
        .isEqualTo(new TokenUsage(100, 50, 1000, 2000, 10, 0));
    assertThatThrownBy(() -> normalize("bedrock", """
        {"usage":{"inputTokens":1,"outputTokens":1,"cacheWriteInputTokens":10,
         "cacheDetails":[{"ttl":"1h","inputTokens":20}]}}"""))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("usage: 1-hour cacheDetails 20 exceed cacheWriteInputTokens 10");
  }
}

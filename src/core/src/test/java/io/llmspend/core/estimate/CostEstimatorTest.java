package io.llmspend.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The Java API without Spring. Counts as in the tokenize tests: a chat message is 3 framing + 1
 * role + its content; reply priming 3. "Hi" and "Hello" are 1 token in o200k_base and
 * cl100k_base. gpt-4o costs $2.50 input and $10.00 output per 1M tokens (price book).
 */
class CostEstimatorTest {
  private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CostEstimator estimator = CostEstimator.withDefaults();

  @Test
  void estimatesATextAsOneUserMessage() {
    Estimate e = estimator.estimateText("gpt-4o", "Hello", 100L, AT);

    // 3 + 1 + 1 + priming 3 = 8 tokens, all in the user message
    assertThat(e.input().totalTokens()).isEqualTo(8);
    assertThat(e.input().userMessageTokens()).isEqualTo(8);
    // 8 x 2.50 / 1M = 0.00002; + 100 x 10.00 / 1M = 0.001
    assertThat(e.inputCostUsd()).isEqualByComparingTo("0.00002");
    assertThat(e.maxCostUsd()).isEqualByComparingTo("0.00102");
    assertThat(e.priceModel()).isEqualTo("gpt-4o");
  }

  @Test
  void takesTheMaxOutputFromTheRequestWhenNotGiven() throws Exception {
    var body = JSON.readTree("{\"max_tokens\": 50, \"system\": \"Hi\","
        + " \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}");

    Estimate e = estimator.estimateRequest(null, "gpt-4o", body, null, AT);

    assertThat(e.maxOutputTokens()).isEqualTo(50L);
    // system "Hi" 3 + 1 + 1 = 5; user 3 + 1 + 1 + 3 = 8; 13 x 2.50 / 1M = 0.0000325;
    // + 50 x 10.00 / 1M = 0.0005
    assertThat(e.input().systemTokens()).isEqualTo(5);
    assertThat(e.maxCostUsd()).isEqualByComparingTo("0.0005325");
  }

  @Test
  void anUnknownModelIsUnpricedNeverZero() {
    Estimate e = estimator.estimateText("mistral-large-2411", "Hello", 100L, AT);

    assertThat(e.priced()).isFalse();
    assertThat(e.inputCostUsd()).isNull();
    assertThat(e.maxCostUsd()).isNull();
    assertThat(e.unpricedReason()).contains("not in the price book");
  }

  @Test
  void guessesTheProviderFromTheModel() {
    assertThat(CostEstimator.providerOf("claude-sonnet-4-5")).isEqualTo("anthropic");
    assertThat(CostEstimator.providerOf("gemini-2.5-pro")).isEqualTo("google");
    assertThat(CostEstimator.providerOf("o3")).isEqualTo("openai");
  }
}

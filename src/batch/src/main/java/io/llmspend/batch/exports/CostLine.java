package io.llmspend.batch.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One result of a provider cost export, in USD.
 *
 * @param provider {@code openai} or {@code anthropic}
 * @param start the day's bucket start (UTC)
 * @param projectId OpenAI project or Anthropic workspace; {@code null} when not grouped by it
 * @param apiKeyId the API key; {@code null} when not grouped by it
 * @param model the model the line names; {@code null} when it names none
 * @param costType {@code tokens}, {@code web_search}, {@code code_execution}, {@code
 *     session_usage}, another line item, or {@code unknown} (an ungrouped total)
 * @param tokenType for {@code tokens}: {@code input}, {@code cached_input}, {@code cache_write} or
 *     {@code output}; else {@code null}
 * @param lineItem the provider's line item or description as exported, or {@code null}
 * @param serviceTier the service tier, or {@code null}
 * @param amountUsd the amount in USD, exact (Anthropic cents already divided by 100)
 * @param record the 1-based number of the result in its file
 */
record CostLine(
    String provider, Instant start, String projectId, String apiKeyId, String model,
    String costType, String tokenType, String lineItem, String serviceTier, BigDecimal amountUsd,
    long record) {

  static final String TOKENS = "tokens";
  static final String UNKNOWN = "unknown";

  CostLine {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(costType, "costType");
    Objects.requireNonNull(amountUsd, "amountUsd");
    if (TOKENS.equals(costType) != (tokenType != null)) {
      throw new IllegalArgumentException("a token type goes with cost type tokens only");
    }
  }

  /** The deduplication key: provider, bucket and every grouping value. */
  String key() {
    return String.join("|", provider, start.toString(), projectId, apiKeyId, model, costType,
        tokenType, lineItem, serviceTier);
  }
}

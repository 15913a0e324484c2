package io.llmspend.batch.exports;

import io.llmspend.core.pricing.TokenUsage;
import java.time.Instant;
import java.util.Objects;

/**
 * One result of a provider usage export: the tokens of one time bucket and one grouping.
 *
 * @param provider {@code openai} or {@code anthropic}
 * @param start the bucket start (UTC)
 * @param end the bucket end, or {@code null}
 * @param projectId OpenAI project or Anthropic workspace; {@code null} when not grouped by it
 * @param userId OpenAI user; {@code null} when not grouped by it
 * @param apiKeyId the API key id; {@code null} when not grouped by it
 * @param model the model as reported; {@code null} when not grouped by it
 * @param batch whether batch usage; {@code null} when not grouped by it
 * @param serviceTier the service tier; {@code null} when not grouped by it
 * @param contextWindow Anthropic {@code 0-200k} / {@code 200k-1M}; {@code null} when not grouped
 * @param requests requests counted (OpenAI {@code num_model_requests}); {@code null}: not reported
 * @param usage the tokens by class (input classes disjoint, as in the {@code calls} table)
 * @param webSearchRequests Anthropic server-side web searches (0 when not reported)
 * @param record the 1-based number of the result in its file
 */
record UsageBucket(
    String provider, Instant start, Instant end, String projectId, String userId,
    String apiKeyId, String model, Boolean batch, String serviceTier, String contextWindow,
    Long requests, TokenUsage usage, long webSearchRequests, long record) {

  UsageBucket {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(usage, "usage");
    if (webSearchRequests < 0 || (requests != null && requests < 0)) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** The deduplication key: provider, bucket and every grouping value. */
  String key() {
    return String.join("|", provider, start.toString(), String.valueOf(end), projectId, userId,
        apiKeyId, model, String.valueOf(batch), serviceTier, contextWindow);
  }
}

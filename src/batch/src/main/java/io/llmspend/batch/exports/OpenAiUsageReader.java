package io.llmspend.batch.exports;

import static io.llmspend.core.json.JsonFields.text;
import static io.llmspend.core.json.JsonFields.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import io.llmspend.core.pricing.TokenUsage;
import java.time.Instant;

/**
 * Reads one result of the OpenAI Usage API, completions endpoint ({@code GET
 * /v1/organization/usage/completions}, object {@code organization.usage.completions.result};
 * FORMATS.md §2.1, openai-openapi f85dbe22 of 2026-08-21 and 498c71d of 2025-04-29).
 *
 * <p>{@code input_tokens} includes cached tokens (both specs) and cache-write tokens (2026 spec,
 * {@code input_cache_write_tokens}, absent in 2025); the uncached input is therefore {@code
 * input_tokens - input_cached_tokens - input_cache_write_tokens}, and must equal {@code
 * input_uncached_tokens} when the 2026 field is present. Audio and image tokens are counted in
 * the totals and priced at the text rates (our price book has no audio or image rates). Grouping
 * fields ({@code project_id, user_id, api_key_id, model, batch, service_tier}) are null unless
 * grouped.
 */
final class OpenAiUsageReader {
  static final String KIND = "openai_usage";
  static final String OBJECT = "organization.usage.completions.result";

  private OpenAiUsageReader() {}

  static UsageBucket read(Instant start, Instant end, JsonNode r, long record)
      throws BadRecordException {
    long input = tokens(r, "input_tokens", true);
    long cached = tokens(r, "input_cached_tokens", false);
    long writes = tokens(r, "input_cache_write_tokens", false);
    long output = tokens(r, "output_tokens", true);
    long uncached = input - cached - writes;
    if (uncached < 0) {
      throw new BadRecordException("cached " + cached + " + cache-write " + writes
          + " tokens exceed input_tokens " + input);
    }
    Long reported = JsonFields.wholeNumber(r, "input_uncached_tokens");
    if (reported != null && reported != uncached) {
      throw new BadRecordException("input_uncached_tokens " + reported + " != input_tokens - cached"
          + " - cache writes = " + uncached);
    }
    Long requests = JsonFields.wholeNumber(r, "num_model_requests");
    if (requests == null) {
      throw new BadRecordException("missing num_model_requests");
    }
    return new UsageBucket("openai", start, end, text(r, "project_id"), text(r, "user_id"),
        text(r, "api_key_id"), text(r, "model"), JsonFields.bool(r, "batch"),
        text(r, "service_tier"), null, requests,
        new TokenUsage(uncached, cached, writes, 0, output, 0), 0, record);
  }
}

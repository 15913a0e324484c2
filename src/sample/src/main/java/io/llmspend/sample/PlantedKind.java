package io.llmspend.sample;

/**
 * What the generator planted, counted in {@link GenerationSummary#planted()}. Malformed kinds
 * count extra lines that ingest must quarantine; {@link #DUPLICATE_LINE} counts second copies of
 * a line; every other kind counts valid calls with that property.
 */
public enum PlantedKind {
  /** A line cut in the middle: not valid JSON. */
  MALFORMED_JSON,
  /** A record without {@code model}. */
  MALFORMED_NO_MODEL,
  /** A record with a negative output token count. */
  MALFORMED_NEGATIVE_TOKENS,
  /** A line with an invalid UTF-8 byte sequence (0xC3 0x28) in {@code user}. */
  MALFORMED_INVALID_UTF8,
  /** The identical line logged again, by the team's app and by the gateway. */
  DUPLICATE_LINE,
  /** A call on a model that is not in the price book ({@code mistral-large-2411}). */
  UNPRICED_MODEL,
  /** Request body logged, usage lost: priced from the re-count. */
  RECOUNT_ONLY,
  /** Usage logged, no request body. */
  USAGE_ONLY,
  /** Gemini 2.5 Pro call with a prompt above 200k tokens (usage only, no body). */
  LONG_CONTEXT,
  /** OpenAI {@code "batch": true} or Anthropic {@code service_tier: "batch"}. */
  BATCH,
  /** OpenAI call with {@code cached_tokens > 0}. */
  OPENAI_CACHED,
  /** Anthropic call writing the 5-minute cache. */
  ANTHROPIC_CACHE_WRITE_5M,
  /** Anthropic call writing the 1-hour cache. */
  ANTHROPIC_CACHE_WRITE_1H,
  /** Anthropic call reading the cache. */
  ANTHROPIC_CACHE_READ,
  /** Call with reasoning / thinking tokens. */
  REASONING,
  /** Azure OpenAI call with a {@code deployment}. */
  AZURE_DEPLOYMENT,
  /** HTTP 429, zero tokens. */
  HTTP_429,
  /** HTTP 500, input and part of the output billed. */
  HTTP_500,
  /** Same function, user and messages as an earlier call the same day (a retry or asked again). */
  REPEATED_REQUEST,
  /** A call of the ops team's waste lab ({@code WasteLab}): one scripted case per waste kind. */
  PLANTED_WASTE;

  /** {@code true} for the four kinds of quarantined lines. */
  public boolean malformed() {
    return name().startsWith("MALFORMED_");
  }
}

package io.llmspend.ingest;

import io.llmspend.pricing.TokenUsage;

/**
 * A provider usage object read into llmspend's token classes.
 *
 * @param usage the token counts
 * @param shape which provider's definitions were applied ({@code openai_chat},
 *     {@code openai_responses}, {@code anthropic}, {@code bedrock_converse}, {@code gemini})
 * @param serviceTier the service tier the provider reported, or {@code null}
 */
record NormalizedUsage(TokenUsage usage, String shape, String serviceTier) {}

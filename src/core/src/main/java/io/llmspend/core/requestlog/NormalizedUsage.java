package io.llmspend.core.requestlog;

import io.llmspend.core.pricing.TokenUsage;

/**
 * A provider usage object read into llmspend's token classes.
 *
 * @param usage the token counts
 * @param shape which provider's definitions were applied ({@code openai_chat},
 *     {@code openai_responses}, {@code anthropic}, {@code bedrock_converse}, {@code gemini})
 * @param serviceTier the service tier the provider reported, or {@code null}
 */
public record NormalizedUsage(TokenUsage usage, String shape, String serviceTier) {}

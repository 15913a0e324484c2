package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the output reservation of a request body, whatever its provider's name for it. */
public final class MaxOutputTokens {
  private static final String[] FIELDS = {"max_completion_tokens", "max_tokens", "max_output_tokens"};

  private MaxOutputTokens() {}

  /**
   * @return {@code max_completion_tokens}, {@code max_tokens} or {@code max_output_tokens}
   *     (OpenAI, Anthropic), or Gemini {@code generationConfig.maxOutputTokens}, in tokens;
   *     {@code null} when the request is absent or sets none (or sets a non-number)
   */
  public static Long of(JsonNode request) {
    if (request == null) {
      return null;
    }
    for (String field : FIELDS) {
      if (request.path(field).canConvertToExactIntegral()) {
        return request.get(field).asLong();
      }
    }
    JsonNode gemini = request.path("generationConfig").path("maxOutputTokens");
    return gemini.canConvertToExactIntegral() ? gemini.asLong() : null;
  }
}

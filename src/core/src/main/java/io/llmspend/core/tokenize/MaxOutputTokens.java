package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;

/** Reads the output reservation of a request body, whatever its provider's name for it. */
public final class MaxOutputTokens {
  private static final String[] FIELDS = {"max_completion_tokens", "max_tokens", "max_output_tokens"};

  private MaxOutputTokens() {}

  /**
   * @return {@code max_completion_tokens}, {@code max_tokens} or {@code max_output_tokens}
   *     (OpenAI, Anthropic), or Gemini {@code generationConfig.maxOutputTokens}, in tokens;
   *     {@code null} when the request is absent or sets none (or sets a non-number)
   * @throws BadRecordException when the field is a whole number out of range (negative, or more
   *     than 64 bits: never wrapped)
   */
  public static Long of(JsonNode request) throws BadRecordException {
    if (request == null) {
      return null;
    }
    for (String field : FIELDS) {
      if (request.path(field).canConvertToExactIntegral()) {
        return inRange(field, request.get(field));
      }
    }
    JsonNode gemini = request.path("generationConfig").path("maxOutputTokens");
    return gemini.canConvertToExactIntegral()
        ? inRange("generationConfig.maxOutputTokens", gemini) : null;
  }

  private static long inRange(String field, JsonNode value) throws BadRecordException {
    if (!value.canConvertToLong() || value.asLong() < 0) {
      throw new BadRecordException("request." + field + " is out of range: " + value);
    }
    return value.asLong();
  }
}

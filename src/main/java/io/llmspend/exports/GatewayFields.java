package io.llmspend.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads gateway and trace fields that may come as JSON numbers or, from a CSV export, as text.
 * A wrong value throws {@link IllegalArgumentException} with the reason the line is quarantined.
 */
final class GatewayFields {
  private GatewayFields() {}

  /** A non-negative whole number, from a number or a numeric text; 0 when absent or empty. */
  static long count(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
      return 0;
    }
    try {
      long n = value.isNumber() && value.canConvertToExactIntegral() ? value.asLong()
          : Long.parseLong(value.asText().strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(field + " is not a non-negative whole number: " + value);
  }

  /**
   * A timestamp as ISO-8601 with an offset: ISO with offset or {@code Z}; or a local date-time
   * ({@code 2023-11-16 18:17:03.9799600}, {@code T} or space, up to 9 fractional digits) taken
   * in UTC, as LiteLLM and Azure trace CSV exports write them.
   */
  static String timestamp(JsonNode node, String field) {
    String text = Fields.text(node, field);
    if (text == null) {
      throw new IllegalArgumentException("missing " + field);
    }
    return instant(text, field).toString();
  }

  static Instant instant(String text, String field) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException(field + " is not a timestamp: " + text);
      }
    }
  }

  /** The provider of a model name when the record names none: OpenAI, Anthropic, Google. */
  static String providerOfModel(String model) {
    String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
    if (m.startsWith("claude")) {
      return "anthropic";
    }
    if (m.startsWith("gemini")) {
      return "google";
    }
    if (m.startsWith("gpt") || m.startsWith("o1") || m.startsWith("o3") || m.startsWith("o4")
        || m.startsWith("chatgpt") || m.startsWith("text-embedding")) {
      return "openai";
    }
    throw new IllegalArgumentException("no provider for model " + model);
  }
}

package io.llmspend.core.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.catalog.ModelCatalog;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads gateway and trace fields that may come as JSON numbers or, from a CSV export, as text.
 * A wrong value throws {@link BadRecordException} with the reason the line is quarantined.
 */
final class GatewayFields {
  private GatewayFields() {}

  /**
   * A timestamp as ISO-8601 with an offset: ISO with offset or {@code Z}; or a local date-time
   * ({@code 2023-11-16 18:17:03.9799600}, {@code T} or space, up to 9 fractional digits) taken
   * in UTC, as LiteLLM and Azure trace CSV exports write them.
   */
  static String timestamp(JsonNode node, String field) throws BadRecordException {
    String text = JsonFields.text(node, field);
    if (text == null) {
      throw new BadRecordException("missing " + field);
    }
    return instant(text, field).toString();
  }

  static Instant instant(String text, String field) throws BadRecordException {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw new BadRecordException(field + " is not a timestamp: " + text);
      }
    }
  }

  /**
   * The provider of a model name when the record names none, as the model catalog decides it
   * ({@code bedrock} for Bedrock ids and ARNs, else the maker: {@code openai}, {@code anthropic},
   * {@code google}...).
   */
  static String providerOfModel(String model) throws BadRecordException {
    return ModelCatalog.bundled().resolve(model).knownProvider()
        .orElseThrow(() -> new BadRecordException("no provider for model " + model));
  }
}

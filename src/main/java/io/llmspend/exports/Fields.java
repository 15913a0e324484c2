package io.llmspend.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the typed fields of export results; a wrong value is a {@link BadExportRecord}. */
final class Fields {
  private Fields() {}

  /** A text field: {@code null} when absent, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().strip();
  }

  /** A token count: a non-negative whole number; 0 when absent or null and not required. */
  static long tokens(JsonNode node, String field, boolean required) throws BadExportRecord {
    Long value = count(node, field);
    if (value == null && required) {
      throw new BadExportRecord("missing " + field);
    }
    return value == null ? 0 : value;
  }

  /** A non-negative whole number, {@code null} when absent or null. */
  static Long count(JsonNode node, String field) throws BadExportRecord {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || !value.canConvertToExactIntegral() || value.asLong() < 0) {
      throw new BadExportRecord(field + " is not a non-negative whole number: " + value);
    }
    return value.asLong();
  }

  /** A boolean, {@code null} when absent or null. */
  static Boolean bool(JsonNode node, String field) throws BadExportRecord {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw new BadExportRecord(field + " is not a boolean: " + value);
    }
    return value.asBoolean();
  }

  /** Unix seconds (OpenAI {@code start_time}) or RFC 3339 text (Anthropic {@code starting_at}). */
  static Instant time(JsonNode node, String field, boolean required) throws BadExportRecord {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      if (required) {
        throw new BadExportRecord("bucket without " + field);
      }
      return null;
    }
    if (value.isNumber() && value.canConvertToExactIntegral()) {
      return Instant.ofEpochSecond(value.asLong());
    }
    try {
      return OffsetDateTime.parse(value.asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadExportRecord(field + " is neither Unix seconds nor RFC 3339: " + value);
    }
  }
}

package io.llmspend.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one set of readers for fields of JSON records (request-log lines, gateway and provider
 * exports, request bodies). A value that is present but wrong throws {@link BadRecordException}
 * with the reason; absent and {@code null} values are never an error unless a field is required.
 * Numbers must fit their range: a count that does not fit 64 bits is refused, never wrapped.
 */
public final class JsonFields {
  /**
   * The largest token count one call may report: a trillion. No model takes a prompt within
   * orders of magnitude of it; a larger count is a logging bug, and keeping counts below it keeps
   * every cost within DECIMAL(24, 12) and every sum within 64 bits.
   */
  public static final long MAX_TOKENS = 1_000_000_000_000L;

  private JsonFields() {}

  /** A text field: {@code null} when absent, null or blank; numbers and booleans as text. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * A non-negative whole JSON number that fits 64 bits; {@code null} when absent or null.
   *
   * @throws BadRecordException for any other value (text, fraction, negative, too large)
   */
  public static Long wholeNumber(JsonNode node, String field) throws BadRecordException {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong()
        || value.asLong() < 0) {
      throw new BadRecordException(field + " is not a non-negative whole number: " + value);
    }
    return value.asLong();
  }

  /**
   * A non-negative whole number from a JSON number or, as CSV exports write them, a numeric
   * text; 0 when absent, null or empty.
   */
  public static long wholeNumberOrText(JsonNode node, String field) throws BadRecordException {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
      return 0;
    }
    try {
      long n = value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToLong()
          ? value.asLong() : Long.parseLong(value.asText().strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRecordException(field + " is not a non-negative whole number: " + value);
  }

  /** A token count ({@link #wholeNumber}); 0 when absent or null and not required. */
  public static long tokens(JsonNode node, String field, boolean required)
      throws BadRecordException {
    Long value = wholeNumber(node, field);
    if (value == null && required) {
      throw new BadRecordException("missing " + field);
    }
    return value == null ? 0 : value;
  }

  /**
   * The token count at {@code path} (dot-separated) of a provider's usage object: 0 when absent
   * or null; at most {@link #MAX_TOKENS}.
   *
   * @throws BadRecordException if the value is not a whole number, is negative or implausible
   */
  public static long usageTokens(JsonNode usage, String path) throws BadRecordException {
    JsonNode node = usage;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    if (node.isMissingNode() || node.isNull()) {
      return 0;
    }
    if (!node.canConvertToExactIntegral()) {
      throw new BadRecordException("usage." + path + " is not a whole number: " + node);
    }
    if (!node.canConvertToLong() || node.asLong() > MAX_TOKENS) {
      throw new BadRecordException("implausible token count in usage." + path + ": " + node
          + " (more than " + MAX_TOKENS + ")");
    }
    long value = node.asLong();
    if (value < 0) {
      throw new BadRecordException("negative token count in usage." + path + ": " + value);
    }
    return value;
  }

  /** Whether any of the given top-level fields is present in {@code node}. */
  public static boolean hasAny(JsonNode node, String... fields) {
    for (String field : fields) {
      if (node.has(field)) {
        return true;
      }
    }
    return false;
  }

  /** A boolean, {@code null} when absent or null. */
  public static Boolean bool(JsonNode node, String field) throws BadRecordException {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw new BadRecordException(field + " is not a boolean: " + value);
    }
    return value.asBoolean();
  }

  /** Unix seconds (OpenAI {@code start_time}) or RFC 3339 text (Anthropic {@code starting_at}). */
  public static Instant time(JsonNode node, String field, boolean required)
      throws BadRecordException {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      if (required) {
        throw new BadRecordException("bucket without " + field);
      }
      return null;
    }
    if (value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToLong()) {
      return Instant.ofEpochSecond(value.asLong());
    }
    try {
      return OffsetDateTime.parse(value.asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRecordException(field + " is neither Unix seconds nor RFC 3339: " + value);
    }
  }

  /** The string value of {@code field}, or {@code null} if absent or not a JSON string. */
  public static String string(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** A value as text: a scalar as is, anything else as compact JSON, {@code ""} if absent. */
  public static String scalar(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /**
   * The objects in array {@code field}; empty if absent or null.
   *
   * @throws BadRecordException if it is not an array or an item is not an object
   */
  public static List<JsonNode> objects(JsonNode node, String field) throws BadRecordException {
    JsonNode array = node.get(field);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new BadRecordException("'" + field + "' is not an array");
    }
    List<JsonNode> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      if (!item.isObject()) {
        throw new BadRecordException("an item of '" + field + "' is not an object");
      }
      items.add(item);
    }
    return items;
  }

  /** Adds the string value of {@code field} to {@code out} if it is a JSON string. */
  public static void addString(JsonNode node, String field, List<String> out) {
    String value = string(node, field);
    if (value != null) {
      out.add(value);
    }
  }
}

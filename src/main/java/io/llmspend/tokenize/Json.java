package io.llmspend.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of request JSON, strict only about lists (see UnreadableRequestException). */
final class Json {

  private Json() {}

  /** The textual value of {@code field}, or {@code null} if absent or not a string. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** A value as text: a scalar as is, anything else as compact JSON, {@code ""} if absent. */
  static String scalar(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /**
   * The objects in array {@code field}; empty if absent or null.
   *
   * @throws UnreadableRequestException if it is not an array or an item is not an object
   */
  static List<JsonNode> objects(JsonNode node, String field) {
    JsonNode array = node.get(field);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new UnreadableRequestException("'" + field + "' is not an array");
    }
    List<JsonNode> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      if (!item.isObject()) {
        throw new UnreadableRequestException("an item of '" + field + "' is not an object");
      }
      items.add(item);
    }
    return items;
  }

  /** Adds the text of {@code field} to {@code out} if it is a string. */
  static void addText(JsonNode node, String field, List<String> out) {
    String value = text(node, field);
    if (value != null) {
      out.add(value);
    }
  }
}

package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.JsonFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The countable texts of a message content in any of the four shapes: a string, or a list of parts
 * where a part is a string or an object with a string {@code text} (OpenAI {@code text}, {@code
 * input_text}, {@code output_text}; Anthropic {@code text}; Gemini text parts). Also Anthropic
 * {@code tool_use} (name and compact JSON input) and {@code tool_result} (its content), and Gemini
 * {@code functionCall} / {@code functionResponse} (compact JSON). Parts without text (images,
 * audio, files, thinking signatures) are not counted.
 */
final class ContentTexts {

  private ContentTexts() {}

  static List<String> of(JsonNode content) {
    List<String> out = new ArrayList<>();
    append(content, out);
    return out;
  }

  static void append(JsonNode content, List<String> out) {
    if (content == null || content.isNull()) {
      return;
    }
    if (content.isTextual()) {
      out.add(content.asText());
    } else if (content.isArray()) {
      content.forEach(part -> appendPart(part, out));
    } else if (content.isObject()) {
      appendPart(content, out);
    }
  }

  private static void appendPart(JsonNode part, List<String> out) {
    if (part.isTextual()) {
      out.add(part.asText());
      return;
    }
    JsonFields.addString(part, "text", out);
    String type = JsonFields.string(part, "type");
    if ("tool_use".equals(type)) {
      JsonFields.addString(part, "name", out);
      addJson(part.get("input"), out);
    } else if ("tool_result".equals(type)) {
      append(part.get("content"), out);
    }
    addJson(part.get("functionCall"), out);
    addJson(part.get("functionResponse"), out);
  }

  private static void addJson(JsonNode value, List<String> out) {
    if (value != null && !value.isNull()) {
      out.add(value.toString());
    }
  }
}

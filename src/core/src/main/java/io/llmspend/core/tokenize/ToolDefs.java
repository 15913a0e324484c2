package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.util.List;

/**
 * Reads function definitions: OpenAI Chat {@code {type, function:{name, description, parameters}}},
 * legacy {@code functions[]} and Responses {@code {type, name, description, parameters}}, Anthropic
 * {@code {name, description, input_schema}}, Gemini function declarations. A tool without a string
 * {@code name} (hosted tools such as web search) is not counted.
 */
final class ToolDefs {

  private ToolDefs() {}

  /** Adds the definitions in array {@code field} of {@code body} to {@code out}. */
  static void read(JsonNode body, String field, List<ToolDef> out) throws BadRecordException {
    for (JsonNode tool : JsonFields.objects(body, field)) {
      JsonNode function = tool.get("function");
      add(function != null && function.isObject() ? function : tool, out);
    }
  }

  static void add(JsonNode definition, List<ToolDef> out) {
    String name = JsonFields.string(definition, "name");
    if (name == null) {
      return;
    }
    JsonNode parameters = definition.get("parameters");
    if (parameters == null) {
      parameters = definition.get("input_schema");
    }
    out.add(new ToolDef(name, JsonFields.string(definition, "description"), parameters));
  }
}

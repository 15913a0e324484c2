package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.JsonFields;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Tokens of function definitions, as the OpenAI cookbook's {@code num_tokens_for_tools} computes
 * them ({@code examples/How_to_count_tokens_with_tiktoken.ipynb}; FORMATS.md 5.3). Only top-level
 * properties are counted, as in the cookbook; nested schemas make it an estimate.
 */
final class ToolTokens {

  static final int PROP_INIT = 3;
  static final int PROP_KEY = 3;
  static final int ENUM_INIT = -3;
  static final int ENUM_ITEM = 3;
  static final int FUNC_END = 12;

  private ToolTokens() {}

  /** 0 without tools; else per function init + name line + properties, then FUNC_END once. */
  static int count(List<ToolDef> tools, int functionInit, ToIntFunction<String> tokens) {
    if (tools.isEmpty()) {
      return 0;
    }
    int total = FUNC_END;
    for (ToolDef tool : tools) {
      total += functionInit;
      total += tokens.applyAsInt(tool.name() + ":" + withoutPeriod(tool.description()));
      total += properties(tool.parameters(), tokens);
    }
    return total;
  }

  private static int properties(JsonNode parameters, ToIntFunction<String> tokens) {
    JsonNode properties = parameters == null ? null : parameters.get("properties");
    if (properties == null || !properties.isObject() || properties.isEmpty()) {
      return 0;
    }
    int total = PROP_INIT;
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      total += property(property.getKey(), property.getValue(), tokens);
    }
    return total;
  }

  private static int property(String key, JsonNode property, ToIntFunction<String> tokens) {
    int total = PROP_KEY;
    JsonNode items = property.get("enum");
    if (items != null && items.isArray()) {
      total += ENUM_INIT;
      for (JsonNode item : items) {
        total += ENUM_ITEM + tokens.applyAsInt(JsonFields.scalar(item));
      }
    }
    String type = JsonFields.scalar(property.get("type"));
    String description = withoutPeriod(JsonFields.string(property, "description"));
    return total + tokens.applyAsInt(key + ":" + type + ":" + description);
  }

  private static String withoutPeriod(String text) {
    if (text == null) {
      return "";
    }
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}

package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import io.llmspend.core.tokenize.Turn.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * OpenAI Chat Completions and Anthropic Messages: both carry {@code messages[]}; Anthropic adds a
 * top-level {@code system} (string or text blocks) and content blocks, OpenAI adds {@code
 * tool_calls}, {@code function_call} and {@code name}. Ids ({@code tool_call_id}, {@code id}) are
 * not counted.
 */
final class MessagesReader implements RequestReader {

  @Override
  public boolean accepts(JsonNode body) {
    return body.has("messages") || body.has("system");
  }

  @Override
  public Set<String> providers() {
    return Set.of("openai", "azure", "azure_openai", "anthropic", "bedrock");
  }

  @Override
  public ParsedRequest read(JsonNode body) throws BadRecordException {
    List<Turn> turns = new ArrayList<>();
    List<String> system = ContentTexts.of(body.get("system"));
    if (!system.isEmpty()) {
      turns.add(new Turn(Role.SYSTEM, "system", system, null));
    }
    for (JsonNode message : JsonFields.objects(body, "messages")) {
      turns.add(message(message));
    }
    List<ToolDef> tools = new ArrayList<>();
    ToolDefs.read(body, "tools", tools);
    ToolDefs.read(body, "functions", tools);
    return new ParsedRequest(turns, tools);
  }

  private static Turn message(JsonNode message) throws BadRecordException {
    String role = JsonFields.string(message, "role");
    List<String> content = ContentTexts.of(message.get("content"));
    for (JsonNode call : JsonFields.objects(message, "tool_calls")) {
      addCall(call.get("function"), content);
    }
    addCall(message.get("function_call"), content);
    return new Turn(Role.of(role), role, content, JsonFields.string(message, "name"));
  }

  private static void addCall(JsonNode function, List<String> out) {
    if (function != null && function.isObject()) {
      JsonFields.addString(function, "name", out);
      JsonFields.addString(function, "arguments", out);
    }
  }
}

package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import io.llmspend.core.tokenize.Turn.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * OpenAI Responses: {@code instructions} (a system turn), {@code input} (a string, one user turn,
 * or a list of items) and flat function {@code tools}. Items counted: messages (with {@code role}),
 * {@code function_call} (name and arguments) and {@code function_call_output} (output); other items
 * (reasoning, hosted tool calls, item references) carry no countable text.
 */
final class ResponsesReader implements RequestReader {

  @Override
  public boolean accepts(JsonNode body) {
    return body.has("input") || body.has("instructions");
  }

  @Override
  public Set<String> providers() {
    return Set.of("openai", "azure", "azure_openai");
  }

  @Override
  public ParsedRequest read(JsonNode body) throws BadRecordException {
    List<Turn> turns = new ArrayList<>();
    String instructions = JsonFields.string(body, "instructions");
    if (instructions != null && !instructions.isEmpty()) {
      turns.add(new Turn(Role.SYSTEM, "system", List.of(instructions), null));
    }
    JsonNode input = body.get("input");
    if (input != null && input.isTextual()) {
      turns.add(new Turn(Role.USER, "user", List.of(input.asText()), null));
    } else {
      for (JsonNode item : JsonFields.objects(body, "input")) {
        addItem(item, turns);
      }
    }
    List<ToolDef> tools = new ArrayList<>();
    ToolDefs.read(body, "tools", tools);
    return new ParsedRequest(turns, tools);
  }

  private static void addItem(JsonNode item, List<Turn> turns) {
    String role = JsonFields.string(item, "role");
    String type = JsonFields.string(item, "type");
    if (role != null) {
      turns.add(new Turn(Role.of(role), role, ContentTexts.of(item.get("content")), null));
    } else if ("function_call".equals(type)) {
      List<String> call = new ArrayList<>();
      JsonFields.addString(item, "name", call);
      JsonFields.addString(item, "arguments", call);
      turns.add(new Turn(Role.OTHER, null, call, null));
    } else if ("function_call_output".equals(type)) {
      turns.add(new Turn(Role.OTHER, null, ContentTexts.of(item.get("output")), null));
    }
  }
}

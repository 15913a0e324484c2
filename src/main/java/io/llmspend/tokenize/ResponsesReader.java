package io.llmspend.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.tokenize.Turn.Role;
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
  public ParsedRequest read(JsonNode body) {
    List<Turn> turns = new ArrayList<>();
    String instructions = Json.text(body, "instructions");
    if (instructions != null && !instructions.isEmpty()) {
      turns.add(new Turn(Role.SYSTEM, "system", List.of(instructions), null));
    }
    JsonNode input = body.get("input");
    if (input != null && input.isTextual()) {
      turns.add(new Turn(Role.USER, "user", List.of(input.asText()), null));
    } else {
      for (JsonNode item : Json.objects(body, "input")) {
        addItem(item, turns);
      }
    }
    List<ToolDef> tools = new ArrayList<>();
    ToolDefs.read(body, "tools", tools);
    return new ParsedRequest(turns, tools);
  }

  private static void addItem(JsonNode item, List<Turn> turns) {
    String role = Json.text(item, "role");
    String type = Json.text(item, "type");
    if (role != null) {
      turns.add(new Turn(Role.of(role), role, ContentTexts.of(item.get("content")), null));
    } else if ("function_call".equals(type)) {
      List<String> call = new ArrayList<>();
      Json.addText(item, "name", call);
      Json.addText(item, "arguments", call);
      turns.add(new Turn(Role.OTHER, null, call, null));
    } else if ("function_call_output".equals(type)) {
      turns.add(new Turn(Role.OTHER, null, ContentTexts.of(item.get("output")), null));
    }
  }
}

package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import io.llmspend.core.tokenize.Turn.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gemini generateContent: {@code systemInstruction.parts[]} (a system turn), {@code contents[]}
 * (role {@code user} or {@code model}; a missing role is the user, as the API assumes) and {@code
 * tools[].functionDeclarations[]}. Only the camelCase JSON names are read.
 */
final class GeminiReader implements RequestReader {

  @Override
  public boolean accepts(JsonNode body) {
    return body.has("contents") || body.has("systemInstruction");
  }

  @Override
  public Set<String> providers() {
    return Set.of("google", "gemini", "vertex", "vertex_ai");
  }

  @Override
  public ParsedRequest read(JsonNode body) throws BadRecordException {
    List<Turn> turns = new ArrayList<>();
    JsonNode instruction = body.get("systemInstruction");
    if (instruction != null && instruction.isObject()) {
      List<String> system = parts(instruction);
      if (!system.isEmpty()) {
        turns.add(new Turn(Role.SYSTEM, "system", system, null));
      }
    }
    for (JsonNode content : JsonFields.objects(body, "contents")) {
      String role = JsonFields.string(content, "role");
      Role counted = role == null || role.equals("user") ? Role.USER : Role.OTHER;
      turns.add(new Turn(counted, role, parts(content), null));
    }
    List<ToolDef> tools = new ArrayList<>();
    for (JsonNode tool : JsonFields.objects(body, "tools")) {
      JsonFields.objects(tool, "functionDeclarations").forEach(f -> ToolDefs.add(f, tools));
    }
    return new ParsedRequest(turns, tools);
  }

  private static List<String> parts(JsonNode content) throws BadRecordException {
    List<String> texts = new ArrayList<>();
    JsonFields.objects(content, "parts").forEach(part -> ContentTexts.append(part, texts));
    return texts;
  }
}

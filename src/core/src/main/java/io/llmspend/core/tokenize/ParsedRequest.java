package io.llmspend.core.tokenize;

import java.util.List;

/** The countable parts of a request body: its messages in order and its tool definitions. */
record ParsedRequest(List<Turn> turns, List<ToolDef> tools) {

  static final ParsedRequest EMPTY = new ParsedRequest(List.of(), List.of());

  ParsedRequest {
    turns = List.copyOf(turns);
    tools = List.copyOf(tools);
  }
}

package io.llmspend.core.tokenize;

import io.llmspend.core.Hashes;
import io.llmspend.core.tokenize.Turn.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Frames and splits a parsed request: system turns to system, tool definitions to tools, turns
 * before the last user turn to history, the last user turn and later turns plus reply priming to
 * the user message. Without a user turn every non-system turn is history; without any turn there is
 * no reply priming.
 */
final class SplitCalculator {

  private static final int SYSTEM = 0;
  private static final int HISTORY = 1;
  private static final int USER = 2;

  private SplitCalculator() {}

  static InputSplit split(
      ParsedRequest request,
      String encoding,
      boolean estimated,
      Framing framing,
      ToIntFunction<String> tokens) {
    List<Turn> turns = request.turns();
    int lastUser = lastUser(turns);
    int[] parts = new int[3];
    List<String> systemTexts = new ArrayList<>();
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      int part = partOf(turn, i, lastUser);
      parts[part] += framed(turn, framing, tokens);
      if (part == SYSTEM) {
        systemTexts.addAll(turn.content());
      }
    }
    parts[USER] += turns.isEmpty() ? 0 : framing.replyPriming();
    int tools = ToolTokens.count(request.tools(), framing.functionInit(), tokens);
    String system = String.join("\n", systemTexts);
    return new InputSplit(
        encoding,
        estimated,
        parts[SYSTEM],
        tools,
        parts[HISTORY],
        parts[USER],
        parts[SYSTEM] + tools + parts[HISTORY] + parts[USER],
        system.isEmpty() ? null : Hashes.sha256Hex(system),
        system.isEmpty() ? null : system,
        request.tools().size(),
        InputSplit.prefixHashOf(system, request.tools()));
  }

  private static int partOf(Turn turn, int index, int lastUser) {
    if (turn.role() == Role.SYSTEM) {
      return SYSTEM;
    }
    return lastUser >= 0 && index >= lastUser ? USER : HISTORY;
  }

  private static int framed(Turn turn, Framing framing, ToIntFunction<String> tokens) {
    int total = framing.perMessage();
    if (turn.roleText() != null) {
      total += tokens.applyAsInt(turn.roleText());
    }
    for (String text : turn.content()) {
      total += tokens.applyAsInt(text);
    }
    if (turn.name() != null) {
      total += tokens.applyAsInt(turn.name()) + framing.perName();
    }
    return total;
  }

  private static int lastUser(List<Turn> turns) {
    for (int i = turns.size() - 1; i >= 0; i--) {
      if (turns.get(i).role() == Role.USER) {
        return i;
      }
    }
    return -1;
  }
}

package io.llmspend.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.sample.SeedLibrary.JudgeCase;
import java.util.ArrayList;
import java.util.List;

/** Walks OASST message trees: every root-to-leaf path is one conversation. Stateless. */
final class OasstPaths {
  private OasstPaths() {}

  /** All root-to-leaf paths, in tree order; each path alternates user and assistant turns. */
  static List<List<Turn>> rootToLeaf(List<JsonNode> trees) {
    List<List<Turn>> paths = new ArrayList<>();
    for (JsonNode root : trees) {
      walk(root, new ArrayList<>(), paths);
    }
    return paths;
  }

  /** One judge case per tree whose root has at least two assistant replies. */
  static List<JudgeCase> judgeCases(List<JsonNode> trees) {
    List<JudgeCase> cases = new ArrayList<>();
    for (JsonNode root : trees) {
      List<String> answers = new ArrayList<>();
      root.path("replies").forEach(r -> answers.add(r.get("text").asText()));
      if (answers.size() >= 2) {
        cases.add(new JudgeCase(root.get("text").asText(), answers));
      }
    }
    return cases;
  }

  private static void walk(JsonNode node, List<Turn> prefix, List<List<Turn>> out) {
    String role = "prompter".equals(node.get("role").asText()) ? "user" : "assistant";
    List<Turn> path = new ArrayList<>(prefix);
    path.add(new Turn(role, node.get("text").asText()));
    JsonNode replies = node.path("replies");
    if (replies.isEmpty()) {
      out.add(trimToUser(path));
      return;
    }
    for (JsonNode reply : replies) {
      walk(reply, path, out);
    }
  }

  /** A conversation ends with the last user turn: the reply to it is what the call produces. */
  private static List<Turn> trimToUser(List<Turn> path) {
    int end = path.size();
    while (end > 1 && !"user".equals(path.get(end - 1).role())) {
      end--;
    }
    return List.copyOf(path.subList(0, end));
  }
}

package io.llmspend.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real public texts and distributions the generator draws from, loaded once from the
 * classpath folder {@code sample-seeds/}. Immutable after construction and thread-safe.
 */
final class SeedLibrary {
  private static final String ROOT = "sample-seeds/";
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<List<Turn>> threads;
  final List<String> prompts;
  /** Distinct assistant answers of the OASST threads, the documents doc-qa retrieves. */
  final List<String> passages;
  final List<String> coding;
  final List<String> math;
  final List<JudgeCase> judgeCases;
  final String judgeSystem;
  final String judgeTemplate;
  final TokenQuantiles quantiles;
  private final Map<String, String> systemPrompts = new ConcurrentHashMap<>();

  /** A question with at least two human-written answers from one OASST tree. */
  record JudgeCase(String question, List<String> answers) {}

  SeedLibrary() {
    List<JsonNode> trees = jsonLines("oasst-trees.jsonl");
    threads = List.copyOf(OasstPaths.rootToLeaf(trees));
    judgeCases = List.copyOf(OasstPaths.judgeCases(trees));
    prompts = strings("oasst-prompts.jsonl");
    passages = threads.stream().flatMap(List::stream).filter(t -> t.role().equals("assistant"))
        .map(Turn::text).distinct().toList();
    coding = strings("arena-coding.jsonl");
    math = strings("arena-math.jsonl");
    JsonNode judge = jsonLines("judge-prompts.jsonl").stream()
        .filter(n -> n.path("name").asText().equals("pair-v2")).findFirst().orElseThrow();
    judgeSystem = judge.get("system_prompt").asText();
    judgeTemplate = judge.get("prompt_template").asText();
    quantiles = TokenQuantiles.parse(lines("token-quantiles.csv"));
  }

  /** The system prompt of a function: a resource path, or {@link Company#JUDGE_PROMPT}. */
  String systemPrompt(String name) {
    if (Company.JUDGE_PROMPT.equals(name)) {
      return judgeSystem;
    }
    return systemPrompts.computeIfAbsent(name, n -> String.join("\n", lines(n)));
  }

  private static List<String> strings(String name) {
    return jsonLines(name).stream().map(JsonNode::asText).toList();
  }

  private static List<JsonNode> jsonLines(String name) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : lines(name)) {
      try {
        nodes.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException("bad seed line in " + name, e);
      }
    }
    return nodes;
  }

  private static List<String> lines(String name) {
    try (InputStream in = SeedLibrary.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing seed resource " + ROOT + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.llmspend.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Planted waste with known parameters (docs/detect.md): the team {@code ops} logs, on the third
 * day of a generated period of at least {@value #MIN_DAYS} days, one small scripted case per kind
 * of waste the detectors find, each in its own function and tripping no other detector, into its
 * own file {@code app-ops.jsonl.gz} (the rest of the sample is unchanged). All are OpenAI Chat
 * Completions calls whose usage is the cookbook count of their text (see {@link TokenCounter}).
 * Stateless but for the counter's cache; not thread-safe.
 */
final class WasteLab {
  static final int MIN_DAYS = 7;
  static final int DAY = 2;
  static final String TEAM = "ops";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final TokenCounter counter = new TokenCounter();

  /** One planted call before rendering. */
  record Call(String function, String model, String time, List<Turn> messages, int output,
      int maxTokens, int status, boolean interactive) {}

  /** The planted calls, in time order, or none for a short period. */
  List<Call> calls(int days) {
    if (days < MIN_DAYS) {
      return List.of();
    }
    List<Call> c = new ArrayList<>();
    batchCandidate(c);
    repeatedRequest(c);
    uncachedPrefix(c);
    longSystemPrompt(c);
    rightSizing(c);
    overReservedMaxTokens(c);
    retryStorm(c);
    growingHistory(c);
    return List.copyOf(c);
  }

  private static void batchCandidate(List<Call> c) {
    for (String t : List.of("02:00", "02:10", "02:20")) {
      c.add(call("nightly-digest", "gpt-4.1-mini", t, "Summarize the digest.",
          WasteTexts.words("digest " + t, 200), 60, 200, 200, false));
    }
  }

  private static void repeatedRequest(List<Call> c) {
    String faq = "Can I book business class for a six hour flight to Singapore next month, and who"
        + " approves it if the fare is above the usual limit for my grade?";
    for (String t : List.of("08:00", "08:07", "08:14", "08:21")) {
      c.add(call("faq-bot", "gpt-4.1-mini", t, "Answer travel policy questions.", faq, 80, 200,
          200, true));
    }
  }

  private static void uncachedPrefix(List<Call> c) {
    for (int i = 0; i < 5; i++) {
      c.add(call("policy-check", "gpt-4.1-mini", "10:0" + i, WasteTexts.words("policy", 1300),
          WasteTexts.words("claim " + i, 1400), 40, 100, 200, true));
    }
  }

  private static void longSystemPrompt(List<Call> c) {
    for (String t : List.of("12:00", "12:30", "13:00")) {
      c.add(call("contract-drafter", "gpt-4.1-mini", t, WasteTexts.words("drafting", 2600),
          WasteTexts.words("clause " + t, 100), 90, 300, 200, true));
    }
  }

  private static void rightSizing(List<Call> c) {
    for (String t : List.of("14:00", "14:10", "14:20", "14:30")) {
      c.add(call("tagger", "gpt-4o", t, "Tag the ticket.", WasteTexts.words("ticket " + t, 150),
          20, 60, 200, true));
    }
  }

  private static void overReservedMaxTokens(List<Call> c) {
    for (String t : List.of("15:00", "15:10", "15:20")) {
      c.add(call("summarizer", "gpt-4.1-mini", t, "Summarize.",
          WasteTexts.words("report " + t, 300), 100, 4096, 200, true));
    }
  }

  private static void retryStorm(List<Call> c) {
    String sync = WasteTexts.words("sync payload", 400);
    String[][] attempts = {{"16:00:00", "0", "500"}, {"16:00:30", "0", "500"},
        {"16:01:00", "30", "200"}};
    for (String[] a : attempts) {
      c.add(call("sync-job", "gpt-4.1-mini", a[0], "Reconcile the records.", sync,
          Integer.parseInt(a[1]), 100, Integer.parseInt(a[2]), true));
    }
  }

  private static void growingHistory(List<Call> c) {
    for (String t : List.of("17:00", "17:30")) {
      c.add(new Call("coach-chat", "gpt-4.1-mini", t, List.of(new Turn("system", "Coach kindly."),
          new Turn("user", WasteTexts.words("week one " + t, 1500)),
          new Turn("assistant", WasteTexts.words("advice " + t, 1500)),
          new Turn("user", "What should I do next?")), 50, 200, 200, true));
    }
  }

  private static Call call(String function, String model, String time, String system,
      String user, int output, int maxTokens, int status, boolean interactive) {
    return new Call(function, model, time, List.of(new Turn("system", system),
        new Turn("user", user)), output, maxTokens, status, interactive);
  }

  /** The request-log record of a planted call on {@code day}, the n-th planted call. */
  ObjectNode render(Call call, LocalDate day, int n) {
    String time = call.time().length() == 5 ? call.time() + ":00" : call.time();
    ObjectNode node = NODES.objectNode().put("request_id", String.format("chatcmpl-ops%04d", n))
        .put("timestamp", day.atTime(LocalTime.parse(time)).atOffset(ZoneOffset.UTC).toString())
        .put("provider", "openai").put("model", call.model()).put("team", TEAM)
        .put("function", call.function()).put("user", "svc-" + call.function())
        .put("api_key_id", "key-ops-prod");
    node.putObject("tags").put("env", "prod").put("interactive", String.valueOf(call.interactive()));
    ObjectNode request = node.putObject("request").put("model", call.model());
    ArrayNode messages = request.putArray("messages");
    call.messages().forEach(m -> messages.addObject().put("role", m.role()).put("content", m.text()));
    request.put("max_tokens", call.maxTokens());
    int prompt = counter.chat(call.messages());
    ObjectNode usage = node.putObject("response").putObject("usage").put("prompt_tokens", prompt)
        .put("completion_tokens", call.output()).put("total_tokens", prompt + call.output());
    usage.putObject("prompt_tokens_details").put("cached_tokens", 0);
    return node.put("status", call.status()).put("latency_ms", 400 + 10 * call.output());
  }
}

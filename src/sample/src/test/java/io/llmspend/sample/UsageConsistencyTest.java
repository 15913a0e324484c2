package io.llmspend.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logged usage agrees with an independent re-count of the logged text (o200k_base via JTokkit,
 * cookbook chat framing: 3 per message + role + content, 3 for reply priming).
 */
class UsageConsistencyTest {
  private static final Encoding O200K =
      Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  private static List<JsonNode> records;

  @BeforeAll
  static void generate(@TempDir Path dir) throws IOException {
    new SampleGenerator().generate(SampleOptions.of(800, 2, 5L, dir));
    records = LogLines.read(dir).stream().map(LogLines::parseValid)
        .filter(n -> n != null && n.has("request") && n.path("status").asInt() == 200
            && n.has("response")).toList();
  }

  @Test
  void knownSimpleRequestCountsAsComputedByHand() {
    // "You are a helpful support agent." = You| are| a| helpful| support| agent|. = 7 tokens;
    // "Where is my order?" = Where| is| my| order|? = 5 tokens; roles system, user: 1 each;
    // framing 3 per message (2 x 3) + 3 reply priming: 7 + 5 + 2 + 6 + 3 = 23.
    int count = new TokenCounter().chat(List.of(
        new Turn("system", "You are a helpful support agent."),
        new Turn("user", "Where is my order?")));
    assertThat(count).isEqualTo(23);
    assertThat(recount(List.of(List.of("system", "You are a helpful support agent."),
        List.of("user", "Where is my order?")))).isEqualTo(23);
  }

  @Test
  void openAiPromptTokensEqualTheRecount() {
    List<JsonNode> openAi = records.stream()
        .filter(n -> n.get("provider").asText().contains("openai")).toList();
    assertThat(openAi).hasSizeGreaterThan(100);
    for (JsonNode n : openAi) {
      JsonNode usage = n.at("/response/usage");
      int prompt = usage.has("prompt_tokens") ? usage.get("prompt_tokens").asInt()
          : usage.get("input_tokens").asInt();
      assertThat(prompt).as(n.get("request_id").asText()).isEqualTo(recount(texts(n)));
      int cached = usage.has("prompt_tokens_details")
          ? usage.at("/prompt_tokens_details/cached_tokens").asInt()
          : usage.at("/input_tokens_details/cached_tokens").asInt();
      assertThat(cached == 0 || cached >= 1024 && cached % 128 == 0 && cached <= prompt).isTrue();
    }
  }

  @Test
  void anthropicAndGeminiScaleTheRecount() {
    int checked = 0;
    for (JsonNode n : records) {
      String provider = n.get("provider").asText();
      int recount = recount(texts(n));
      if (provider.equals("anthropic")) {
        JsonNode u = n.at("/response/usage");
        int creation = u.get("cache_creation_input_tokens").asInt();
        assertThat(creation).isEqualTo(u.at("/cache_creation/ephemeral_5m_input_tokens").asInt()
            + u.at("/cache_creation/ephemeral_1h_input_tokens").asInt());
        int input = u.get("input_tokens").asInt() + u.get("cache_read_input_tokens").asInt()
            + creation;
        assertThat(input).isEqualTo((int) Math.round(recount * 1.15));
        checked++;
      } else if (provider.equals("google")) {
        assertThat(n.at("/response/usageMetadata/promptTokenCount").asInt())
            .isEqualTo((int) Math.round(recount * 1.05));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  /**
   * Messages of a request body as lists of role then text parts, system prompt first, in any of
   * the four shapes; a content is a string or a list of text parts (Anthropic blocks, Gemini
   * parts), each part counted on its own as the nightly re-count does.
   */
  private static List<List<String>> texts(JsonNode n) {
    JsonNode r = n.get("request");
    List<List<String>> out = new ArrayList<>();
    if (r.has("instructions")) {
      out.add(List.of("system", r.get("instructions").asText()));
    }
    r.path("system").forEach(b -> out.add(List.of("system", b.get("text").asText())));
    r.path("systemInstruction").path("parts")
        .forEach(p -> out.add(List.of("system", p.get("text").asText())));
    for (String list : List.of("messages", "input")) {
      r.path(list).forEach(m -> out.add(message(m.get("role").asText(), m.get("content"))));
    }
    r.path("contents").forEach(c -> out.add(message(
        "model".equals(c.get("role").asText()) ? "assistant" : "user", c.get("parts"))));
    return out;
  }

  private static List<String> message(String role, JsonNode content) {
    List<String> message = new ArrayList<>(List.of(role));
    if (content.isTextual()) {
      message.add(content.asText());
    } else {
      content.forEach(part -> message.add(part.get("text").asText()));
    }
    return message;
  }

  private static int recount(List<List<String>> messages) {
    int total = 3;
    for (List<String> m : messages) {
      total += 3;
      for (String text : m) {
        total += O200K.countTokensOrdinary(text);
      }
    }
    return total;
  }

  @Test
  void perCallContextIsItsOwnMessageOrPart() {
    // the context is a short separate message (Chat, Responses) or the first text part of the
    // first user message (Anthropic, Gemini); the long seed text follows unchanged
    JsonNode chat = records.stream().filter(n -> n.get("function").asText().equals("translate")
        || n.get("function").asText().equals("eval-judge")).findFirst().orElseThrow();
    assertThat(chat.at("/request/messages/1/content").asText()).matches("(Job TR-|Eval run ).*");
    JsonNode anthropic = records.stream()
        .filter(n -> n.get("function").asText().equals("contract-review")).findFirst()
        .orElseThrow();
    assertThat(anthropic.at("/request/messages/0/content/0/text").asText()).startsWith("Contract ");
    assertThat(anthropic.at("/request/messages/0/content")).hasSize(2);
    JsonNode gemini = records.stream().filter(n -> n.get("function").asText().equals("doc-qa"))
        .findFirst().orElseThrow();
    assertThat(gemini.at("/request/contents/0/parts/0/text").asText()).startsWith("Question Q-");
    assertThat(gemini.at("/request/contents/0/parts").size()).isBetween(4, 6);
  }
}

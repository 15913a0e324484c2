package io.llmspend.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WasteLabTest {

  @Test
  void plantsOnlyInAWeekOrMore() {
    WasteLab lab = new WasteLab();
    assertThat(lab.calls(6)).isEmpty();
    assertThat(lab.calls(7)).hasSize(27)
        .extracting(WasteLab.Call::function).containsOnly("nightly-digest", "faq-bot",
            "policy-check", "contract-drafter", "tagger", "summarizer", "sync-job", "coach-chat");
  }

  @Test
  void logsUsageAsTheCookbookCountOfTheText() {
    WasteLab lab = new WasteLab();
    var faq = lab.calls(7).stream().filter(c -> c.function().equals("faq-bot")).findFirst()
        .orElseThrow();
    var node = lab.render(faq, LocalDate.parse("2026-11-18"), 4);
    // llmspend's own re-count of this body (sample-week run): system message 9 (3 framing +
    // "system" 1 + "Answer travel policy questions." 5), user message 35 (3 + 1 + 31), reply
    // priming 3 = 47
    assertThat(node.get("response").get("usage").get("prompt_tokens").asInt()).isEqualTo(47);
    assertThat(node.get("request_id").asText()).isEqualTo("chatcmpl-ops0004");
    assertThat(node.get("timestamp").asText()).isEqualTo("2026-11-18T08:00Z");
  }
}

package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One valid line whose user message is a 7.5 MB word (under the 8 MiB line limit) can no longer
 * exhaust the heap (issue 16 §1: 4 MB of one word took about 1.1 GB): a real child JVM with a
 * 384 MB heap reads a line with provider usage (loaded, priced, without its input split) and one
 * without (quarantined with the reason). The same text given to {@code estimate} exits 4 with the
 * reason. The lines are generated here.
 */
class GiantWordTest {
  private static final int WORD = 7_500_000;
  @TempDir Path work;

  @Test
  void aGiantWordNeverFailsTheNight() throws Exception {
    Path logs = Files.createDirectories(work.resolve("logs"));
    try (Writer out = Files.newBufferedWriter(logs.resolve("giant.jsonl"))) {
      out.write(line("with-usage", ",\"response\":{\"usage\":{\"prompt_tokens\":1875000,"
          + "\"completion_tokens\":5}}"));
      out.write(line("no-usage", ""));
    }
    Path config = Files.writeString(work.resolve("llmspend.yml"),
        "spring.datasource.url: jdbc:h2:mem:giant-${random.uuid}\n");

    Process child = ChildRun.start(work, null, "child", List.of("nightly", "--logs",
            logs.toString(), "--db", work.resolve("llmspend.duckdb").toString(), "--reports",
            work.resolve("reports").toString(), "--date", "2026-11-20", "--config",
            config.toString()),
        List.of("env", "JAVA_TOOL_OPTIONS=-Xmx384m"));

    assertThat(ChildRun.exitCode(child)).as(Files.readString(work.resolve("child.out")))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    assertThat(NightlyFixtures.scalar(work, "select request_id || ' ' || input_tokens || ' '"
        + " || coalesce(recount_input_tokens, -1) from calls")).isEqualTo("with-usage 1875000 -1");
    assertThat(NightlyFixtures.scalar(work, "select reason from quarantine")).isEqualTo(
        "unreadable request body: a word of 7500000 characters without a break at character 0 "
            + "cannot be counted in bounded memory (at most 50000)");
  }

  @Test
  void estimateRefusesAGiantWordInOneLine() throws Exception {
    Path text = Files.writeString(work.resolve("giant.txt"), "b".repeat(WORD));

    assertThat(LlmSpendCommand.execute("estimate", "--model", "gpt-4o", "--text",
        text.toString())).isEqualTo(ExitCodes.INPUT_ERROR);
  }

  private static String line(String id, String usage) {
    return "{\"request_id\":\"" + id + "\",\"timestamp\":\"2026-11-20T09:00:00Z\","
        + "\"provider\":\"openai\",\"model\":\"gpt-4o\",\"team\":\"t\",\"function\":\"f\","
        + "\"request\":{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\""
        + "a".repeat(WORD) + "\"}]}" + usage + "}\n";
  }
}

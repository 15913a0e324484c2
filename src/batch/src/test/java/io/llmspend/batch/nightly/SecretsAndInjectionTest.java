package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in the logs reaches no report as it came (issue 16 §2): a key in a system prompt,
 * HTML and a markdown link as team and function, control characters, a full-width formula
 * starter, message text in quarantined lines. The logs are generated here: six identical calls
 * (a repeated-request finding, so the prompt's excerpt is in recommendations.md, .csv and the
 * workbook), one call with control characters and a full-width {@code ＝}, and three bad lines.
 */
class SecretsAndInjectionTest {
  private static final String KEY = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_A7bC0dE";
  private static final String CARD = "4111 1111 1111 1111";
  private static final String DATE = "2026-11-20";
  @TempDir Path work;

  @Test
  void noSecretMarkupOrControlCharacterReachesAnOutput() throws Exception {
    Path logs = Files.createDirectories(work.resolve("logs"));
    Files.write(logs.resolve("hostile.jsonl"), lines());
    Path config = Files.writeString(work.resolve("llmspend.yml"),
        "spring.datasource.url: jdbc:h2:mem:hostile-${random.uuid}\n"
            // five repeats on one day: recommended, so recommendations.md shows the excerpt
            + "llmspend.detect.min-evidence-calls: 1\nllmspend.detect.min-evidence-days: 1\n"
            + "llmspend.detect.min-evidence-usd-per-month: 0\n");

    assertThat(LlmSpendCommand.execute("nightly", "--logs", logs.toString(), "--db",
        work.resolve("llmspend.duckdb").toString(), "--reports", work.resolve("reports")
        .toString(), "--date", DATE, "--config", config.toString()))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

    Path day = work.resolve("reports").resolve(DATE);
    for (Path file : files(day)) {
      String text = text(file);
      assertThat(text).as(file.toString()).doesNotContain(KEY.substring(0, 16))
          .doesNotContain("4111").doesNotContain("hunter2");
      assertThat(text.chars().filter(c -> c < 0x20 && c != '\r' && c != '\n' && c != '\t'))
          .as(file + ": raw control characters").isEmpty();
    }
    String md = Files.readString(day.resolve("recommendations.md"));
    assertThat(md).contains("&lt;img src=x onerror=alert(1)&gt; / "
            + "\\[click\\](javascript:alert(1))")
        .contains("\"Use API key \\[redacted\\] to call the billing")
        .doesNotContain("<img").doesNotContain("[click](");
    assertThat(Files.readString(day.resolve("by_team.csv")))
        .contains("'\uFF1DHYPERLINK(\"\"http://x\"\")").contains("ops\\x1B[31m");
    assertThat(Files.readString(day.resolve("quarantine.csv")))
        .contains("text(86 bytes)").contains("{\"\"Content\"\":str(27)}"); // "my card " + 19
  }

  private static List<String> lines() {
    String prompt = "Use API key " + KEY + " to call the billing API. " + "Be brief. ".repeat(30);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lines.add(call("r" + i, "09:0" + i, "<img src=x onerror=alert(1)>",
          "[click](javascript:alert(1))", prompt));
    }
    lines.add(call("x1", "10:00", "ops\u001b[31m", "f\u0007\u0000", "Hi"));
    lines.add(call("x2", "10:01", "\uFF1DHYPERLINK(\\\"http://x\\\")", "f", "Hi"));
    lines.add("plain text with password: hunter2 and " + KEY);
    lines.add("{\"Content\":\"my card " + CARD + "\"}");
    lines.add("{\"model\":\"gpt-4o\",\"completion\":\"" + CARD + "\", broken");
    return lines;
  }

  private static String call(String id, String time, String team, String function,
      String prompt) {
    return ("{\"request_id\":\"%s\",\"timestamp\":\"2026-11-20T%s:00Z\",\"provider\":\"openai\","
        + "\"model\":\"gpt-4o-mini\",\"team\":\"%s\",\"function\":\"%s\",\"request\":{\"model\":"
        + "\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"%s\"},{\"role\":"
        + "\"user\",\"content\":\"same question\"}]},\"response\":{\"usage\":{\"prompt_tokens\":"
        + "400,\"completion_tokens\":20}},\"status\":200}").formatted(id, time,
        team.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007").replace("\u0000",
            "\\u0000"), function.replace("\u0007", "\\u0007").replace("\u0000", "\\u0000"),
        prompt);
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> all = Files.walk(dir)) {
      List<Path> files = all.filter(Files::isRegularFile).toList();
      assertThat(files).hasSizeGreaterThan(8);
      return files;
    }
  }

  /** A file's text; for the workbook, the text of every part in it. */
  private static String text(Path file) throws Exception {
    if (!file.toString().endsWith(".xlsx")) {
      return Files.readString(file);
    }
    StringBuilder all = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return all.toString();
  }
}

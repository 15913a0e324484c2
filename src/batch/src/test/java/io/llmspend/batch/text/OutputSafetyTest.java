package io.llmspend.batch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown and HTML escaping, visible control characters, quarantine line shapes (issue 16 §2). */
class OutputSafetyTest {

  @Test
  void htmlAndMarkdownFromTheLogsAreShownAsText() {
    assertThat(Markdown.escape("<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(Markdown.escape("[click](javascript:alert(1))"))
        .isEqualTo("\\[click\\](javascript:alert(1))");
    assertThat(Markdown.escape("**bold** `code` a&b\nnext|line"))
        .isEqualTo("\\*\\*bold\\*\\* \\`code\\` a&amp;b next|line");
    assertThat(Markdown.escape("support-chat")).isEqualTo("support-chat");
  }

  @Test
  void controlCharactersBecomeVisibleEscapes() {
    assertThat(SafeText.visible("a\u0000b\u001b[31mc\u0007d\u009be\u202Ef", false))
        .isEqualTo("a\\x00b\\x1B[31mc\\x07d\\x9Be\\u202Ef");
    assertThat(SafeText.visible("line\r\nnext\tcell", true)).isEqualTo("line\r\nnext\tcell");
    assertThat(SafeText.visible("line\r\nnext", false)).isEqualTo("line\\x0D\\x0Anext");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "just a plain text line with a secret sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t",
      "{\"Content\":\"my card 4111 1111 1111 1111\"}",
      "{\"messages\":[\"my card 4111 1111 1111 1111\", 4111111111111111]}",
      "{\"\\u0063ontent\":\"my card 4111 1111 1111 1111\"}",
      "{\"headers\":{\"Authorization\":\"Bearer my card 4111 1111 1111 1111\"}}",
      "{\"completion\":\"my card 4111 1111 1111 1111\"}",
      "{\"messages\":\"[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"my card 4111\\\"}]\"}",
      "{\"model\":\"gpt-4o\",\"content\":\"my card 4111 1111 1111 1111\" trailing"})
  void aQuarantinedLineShowsItsStructureNeverItsContent(String line) {
    String shape = LineShape.of(line.getBytes(StandardCharsets.UTF_8));
    assertThat(shape).doesNotContain("4111").doesNotContain("card").doesNotContain("sk-proj")
        .doesNotContain("gpt-4o").hasSizeLessThanOrEqualTo(LineShape.MAX_CHARS);
  }

  @Test
  void theShapeNamesKeysAndLengths() {
    assertThat(LineShape.of(("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\","
        + "\"content\":\"hello\"}],\"n\":3,\"ok\":true,\"x\":null}").getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("{\"model\":str(6),\"messages\":[{\"role\":str(4),\"content\":str(5)}],"
            + "\"n\":num,\"ok\":bool,\"x\":null}");
    assertThat(LineShape.of("{\"sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t\":1}"
        .getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"[redacted]\":num}");
    assertThat(LineShape.of("not json at all".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("text(15 bytes)");
    assertThat(LineShape.of("{\"a\":\"b\" x".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("{\"a\":str(1)...invalid JSON");
  }
}

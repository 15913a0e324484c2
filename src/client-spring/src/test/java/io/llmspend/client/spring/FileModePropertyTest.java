package io.llmspend.client.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.llmspend.client.RequestLogWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code llmspend.client.file-mode} reaches the auto-configured writer: its file has exactly that
 * mode; without it, the default {@code rw-r-----}. No budgets: Redis is not needed.
 */
class FileModePropertyTest {
  @TempDir Path dir;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LlmSpendAutoConfiguration.class));

  @Test
  void theConfiguredModeIsTheFilesMode() {
    runner.withPropertyValues("llmspend.client.log-directory=" + dir,
        "llmspend.client.file-mode=rw-------").run(context ->
            assertThat(modeOfTodaysFile(context.getBean(RequestLogWriter.class)))
                .isEqualTo("rw-------"));
  }

  @Test
  void theDefaultIsOwnerAndGroupRead() {
    runner.withPropertyValues("llmspend.client.log-directory=" + dir).run(context ->
        assertThat(modeOfTodaysFile(context.getBean(RequestLogWriter.class)))
            .isEqualTo("rw-r-----"));
  }

  private String modeOfTodaysFile(RequestLogWriter writer) throws Exception {
    writer.record(JsonNodeFactory.instance.objectNode().put("n", 1));
    assertThat(writer.flush(Duration.ofSeconds(10))).isTrue();
    try (var files = Files.list(dir)) { // the one file of the writer's day
      Path file = files.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
  }
}

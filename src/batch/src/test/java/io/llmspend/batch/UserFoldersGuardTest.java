package io.llmspend.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The guard that keeps tests away from the user's data/ and reports/ (issue 11 §3): a test that
 * forgets {@code --db} and {@code --reports} fails and writes nothing, and the environment
 * variables that would point a test at the user's job repository never reach the tests.
 */
class UserFoldersGuardTest {

  @Test
  void theDefaultFoldersArePlainFilesDuringTheTests() throws Exception {
    for (String name : UserFoldersGuard.DEFAULT_FOLDERS) {
      assertThat(Path.of(name)).isRegularFile();
      assertThat(Files.readString(Path.of(name))).isEqualTo(UserFoldersGuard.MARKER);
    }
  }

  @Test
  void aNightlyThatForgetsDbAndReportsFailsAndWritesNothing() throws Exception {
    int code = LlmSpendCommand.execute("nightly", "--logs",
        "src/test/resources/fixtures/priced-calls/logs", "--date", "2026-11-20");

    assertThat(code).isNotIn(ExitCodes.SUCCESS, ExitCodes.COMPLETED_WITH_SKIPS);
    for (String name : UserFoldersGuard.DEFAULT_FOLDERS) {
      assertThat(Path.of(name)).isRegularFile();
      assertThat(Files.readString(Path.of(name))).isEqualTo(UserFoldersGuard.MARKER);
    }
    assertThat(Path.of("data.lock")).doesNotExist();
    assertThat(Files.exists(Path.of("llmspend-jobs.mv.db"))).isFalse();
  }

  @Test
  void noEnvironmentVariablePointsATestAtTheUsersJobRepository() {
    assertThat(System.getenv()).doesNotContainKeys("SPRING_DATASOURCE_URL",
        "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_APPLICATION_JSON",
        "SPRING_CONFIG_LOCATION", "SPRING_CONFIG_ADDITIONAL_LOCATION", "SPRING_CONFIG_IMPORT",
        "SPRING_CONFIG_NAME", "SPRING_PROFILES_ACTIVE", "LLMSPEND_TIMEZONE");
  }
}

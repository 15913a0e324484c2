package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 11 §3, a fresh-user trial): a quarantine reason quoting a value with a line
 * break showed a literal {@code \x0A}. Whitespace is collapsed to one space; other control
 * characters stay visible escapes. Fixture: fixtures/whitespace-reason (README lists each line).
 */
class QuarantineReasonWhitespaceTest {
  @TempDir Path work;

  @Test
  void whitespaceInAQuotedValueIsOneSpaceAndAnEscapeStaysVisible() throws Exception {
    assertThat(runNightly("whitespace-reason", work, "2026-11-20"))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

    List<String> reasons = Files.readAllLines(
        work.resolve("reports/2026-11-20/quarantine.csv")).stream().skip(1)
        .map(l -> l.split(",")[2]).toList();
    assertThat(reasons).containsExactly(
        "timestamp is not ISO-8601 with an offset: yesterday noon",
        "timestamp is not ISO-8601 with an offset: 2026-11-20 10:00",
        "timestamp is not ISO-8601 with an offset: a\\x1B[31mb");
  }
}

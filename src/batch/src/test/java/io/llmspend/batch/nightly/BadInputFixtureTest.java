package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-input fixture; its README lists every line and its expected outcome. */
class BadInputFixtureTest {
  @TempDir Path work;

  @Test
  void everyBadLineIsQuarantinedWithFileLineAndReason() throws Exception {
    assertThat(runNightly("bad-input", work, "2026-11-20"))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

    String summary = Files.readString(work.resolve("reports/2026-11-20/run-summary.json"));
    // read 13 = loaded 3 + quarantined 9 + duplicates 1 (line 11 is blank, not read)
    assertThat(summary).contains("\"read\" : 13", "\"loaded\" : 3", "\"quarantined\" : 9",
        "\"duplicates\" : 1", "\"status\" : \"COMPLETED WITH SKIPS\"");
    List<String> quarantine =
        Files.readAllLines(work.resolve("reports/2026-11-20/quarantine.csv"));
    assertThat(quarantine).hasSize(10); // header + 9
    assertThat(quarantine.get(1)).startsWith("logs/bad.jsonl,3,invalid JSON: ");
    assertThat(quarantine).anyMatch(l -> l.startsWith("logs/bad.jsonl,4,missing timestamp,"))
        .anyMatch(l -> l.startsWith("logs/bad.jsonl,5,missing provider,"))
        .anyMatch(l -> l.startsWith("logs/bad.jsonl,6,missing model,"))
        .anyMatch(l -> l.startsWith(
            "logs/bad.jsonl,7,negative token count in usage.prompt_tokens: -5,"))
        .anyMatch(l -> l.startsWith("logs/bad.jsonl,8,invalid UTF-8,"))
        .anyMatch(l -> l.startsWith("logs/bad.jsonl,9,line longer than 2000 bytes,"))
        .anyMatch(l -> l.startsWith("logs/bad.jsonl,12,timestamp is not ISO-8601 with an offset"))
        .anyMatch(l -> l.startsWith(
            "logs/bad.jsonl,13,no usage and no request body: nothing to count,"));
    assertThat(scalar(work, "select count(*) from calls")).isEqualTo(3L);
  }

  @Test
  void aSecondRunSkipsTheFileItAlreadyReadAndKeepsTheQuarantine() throws Exception {
    runNightly("bad-input", work, "2026-11-20");

    List<String> first = Files.readAllLines(work.resolve("reports/2026-11-20/quarantine.csv"));

    // incremental: the file is unchanged (name, size, modification time), so it is not read;
    // the night's 9 quarantined lines are still its report's, so it still exits 3
    assertThat(runNightly("bad-input", work, "2026-11-20"))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

    assertThat(Files.readString(work.resolve("reports/2026-11-20/run-summary.json")))
        .contains("\"read\" : 0", "\"loaded\" : 0", "\"quarantined\" : 0",
            "\"quarantined_for_report_date\" : 9", "\"duplicates\" : 0");
    assertThat(Files.readAllLines(work.resolve("reports/2026-11-20/quarantine.csv")))
        .hasSize(10).isEqualTo(first);
    assertThat(scalar(work, "select count(*) from calls")).isEqualTo(3L);
    assertThat(scalar(work, "select count(*) from quarantine")).isEqualTo(9L);
  }
}

package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.run.RunSummary;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 11 §3): re-running the same night keeps that night's quarantine in its
 * reports. The second run skips the file the first one read (fingerprint unchanged), so before
 * the fix it wrote a header-only quarantine.csv, no quarantine rows in Data quality, and exit 0.
 * Fixture: fixtures/rerun-quarantine (README lists each line).
 */
class RerunQuarantineTest {
  private static final String DATE = "2026-11-20";
  private static final List<String> QUARANTINE = List.of(
      "File,Line,Reason,Excerpt",
      "logs/night.jsonl,2,invalid JSON: Unexpected end-of-input within/between Object entries,"
          + "\"{\"\"request_id\"\":str(6),\"\"timestamp\"\":str(20)...invalid JSON\"",
      // the shape is 126 characters: its first 117 and "..."
      "logs/night.jsonl,3,missing model,\"{\"\"request_id\"\":str(2),\"\"timestamp\"\":str(20),"
          + "\"\"provider\"\":str(6),\"\"response\"\":{\"\"usage\"\":{\"\"prompt_tokens\"\":num,"
          + "\"\"completion_token...\"");
  private static final List<String> DATA_QUALITY = List.of(
      "quarantined lines,invalid JSON: Unexpected end-of-input within/between Object entries,1,,"
          + "logs/night.jsonl",
      "quarantined lines,missing model,1,,logs/night.jsonl");

  @TempDir Path work;

  @Test
  void aRerunOfTheSameNightListsTheNightsQuarantineAndExits3() throws Exception {
    assertThat(runNightly("rerun-quarantine", work, DATE))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    assertThat(lines("quarantine.csv")).isEqualTo(QUARANTINE);

    assertThat(runNightly("rerun-quarantine", work, DATE))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

    assertThat(lines("quarantine.csv")).isEqualTo(QUARANTINE);
    assertThat(lines("data_quality.csv")).filteredOn(l -> l.startsWith("quarantined lines,"))
        .isEqualTo(DATA_QUALITY);
    // read 0 = loaded 0 + quarantined 0 + duplicates 0: the run's own counts are unchanged;
    // the 2 lines the first run quarantined for the date are counted apart
    assertThat(Files.readString(work.resolve("reports/" + DATE + "/run-summary.json")))
        .contains("\"read\" : 0", "\"loaded\" : 0", "\"quarantined\" : 0",
            "\"quarantined_for_report_date\" : 2", "\"duplicates\" : 0",
            "\"status\" : \"COMPLETED WITH SKIPS\"");
    assertThat(scalar(work, "select count(*) from quarantine")).isEqualTo(2L);
    assertThat(scalar(work, "select status from runs where run_id = 2"))
        .isEqualTo("COMPLETED WITH SKIPS");
  }

  @Test
  void aRunForAnotherDateDoesNotListThatNightsLines() throws Exception {
    Path logs = Files.createDirectories(work.resolve("logs"));
    Files.copy(NightlyFixtures.FIXTURES.resolve("rerun-quarantine/logs/night.jsonl"),
        logs.resolve("night.jsonl"));
    assertThat(runNightly("rerun-quarantine", logs, work, DATE))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    Files.writeString(logs.resolve("next.jsonl"), Files.readAllLines(logs.resolve("night.jsonl"))
        .get(0).replace("\"r1\"", "\"n1\"").replace(DATE, "2026-11-21") + "\n");

    assertThat(runNightly("rerun-quarantine", logs, work, "2026-11-21"))
        .isEqualTo(ExitCodes.SUCCESS);

    assertThat(Files.readAllLines(work.resolve("reports/2026-11-21/quarantine.csv")))
        .containsExactly("File,Line,Reason,Excerpt");
    assertThat(Files.readString(work.resolve("reports/2026-11-21/run-summary.json")))
        .contains("\"read\" : 1", "\"loaded\" : 1", "\"quarantined_for_report_date\" : 0");
  }

  @Test
  void theSummaryParagraphNamesTheLinesEarlierRunsQuarantined() {
    RunSummary rerun = new RunSummary(2, LocalDate.parse(DATE), "COMPLETED WITH SKIPS", 0, 0, 0,
        2, 0, 0, 0, 0, BigDecimal.ZERO, new BigDecimal("0.00033"), new BigDecimal("0.00033"),
        new BigDecimal("1.5"));

    assertThat(rerun.paragraph()).isEqualTo("llmspend nightly run 2 for 2026-11-20: COMPLETED "
        + "WITH SKIPS. Read 0 lines: loaded 0 calls, quarantined 0, duplicates 0. 2 lines "
        + "quarantined for 2026-11-20 by earlier runs are listed in quarantine.csv. Loaded 0 "
        + "input and 0 output tokens costing $0.00 (0 unpriced calls not included). Spend on "
        + "2026-11-20: $0.00; month to date: $0.00. Took 1.5 s.");
  }

  private List<String> lines(String file) throws Exception {
    return Files.readAllLines(work.resolve("reports").resolve(DATE).resolve(file));
  }
}

package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regressions from the attack report; the fixture's README lists every line and its outcome. */
class HostileInputFixtureTest {
  @TempDir Path work;

  @Test
  void hostileLinesAreQuarantinedAndTheRunCompletes() throws Exception {
    assertThat(runNightly("hostile-input", work, "2026-11-20"))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

    assertThat(Files.readString(work.resolve("reports/2026-11-20/run-summary.json")))
        .contains("\"read\" : 12", "\"loaded\" : 2", "\"quarantined\" : 10",
            "\"duplicates\" : 0");
    List<String> quarantine =
        Files.readAllLines(work.resolve("reports/2026-11-20/quarantine.csv"));
    assertThat(quarantine).anyMatch(l -> l.startsWith(
            "logs/a.jsonl,2,content after the JSON object (two records on one line?)"))
        .anyMatch(l -> l.startsWith("logs/a.jsonl,3,\"invalid JSON: Unrecognized token"))
        .anyMatch(l -> l.startsWith("logs/a.jsonl,4,implausible token count"))
        .anyMatch(l -> l.startsWith("logs/a.jsonl,5,implausible token count"))
        .anyMatch(l -> l.startsWith("logs/a.jsonl,6,timestamp"))
        .anyMatch(l -> l.startsWith("logs/a.jsonl,7,invalid JSON: Duplicate field 'model'"))
        .anyMatch(l -> l.startsWith("logs/a.jsonl,9,no usage and nothing countable"))
        .anyMatch(l -> l.startsWith("logs/a.jsonl,10,implausible token count"))
        .anyMatch(l -> l.startsWith("logs/empty.jsonl.gz,1,unreadable file"))
        .anyMatch(l -> l.startsWith("logs/plain.jsonl.gz,1,unreadable file"));
    // h01: 1,000 x 0.40 + 100 x 1.60 = 560 / 1M; h09 (429, no usage) is not billed: $0
    assertThat((BigDecimal) scalar(work, "select sum(cost_usd) from calls"))
        .isEqualByComparingTo("0.00056");
    assertThat(scalar(work, "select cost_source from calls where request_id = 'h09'"))
        .isEqualTo("not_billed");
  }

  @Test
  void aLaterCleanRunStillWorks() throws Exception {
    runNightly("hostile-input", work, "2026-11-20");

    // its own lines all load; the report for 2026-11-20 still lists the 10 lines the first run
    // quarantined for that date, so it exits 3 (docs/operations.md, re-running a night)
    assertThat(runNightly("priced-calls", work, "2026-11-20"))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    assertThat(Files.readString(work.resolve("reports/2026-11-20/run-summary.json")))
        .contains("\"quarantined\" : 0", "\"quarantined_for_report_date\" : 10");
  }
}

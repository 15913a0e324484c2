package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.runNightly;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each night reads only new or changed files; late data for a day already reported is loaded,
 * that day re-aggregated, and the report says so.
 */
class IncrementalIngestTest {
  @TempDir Path work;
  private Path logs;
  private String c01;

  @BeforeEach
  void firstNight() throws IOException {
    logs = Files.createDirectories(work.resolve("logs"));
    Path calls = NightlyFixtures.FIXTURES.resolve("priced-calls/logs/calls.jsonl");
    Files.copy(calls, logs.resolve("calls.jsonl"));
    c01 = Files.readAllLines(calls).get(0);
    assertThat(runNightly("priced-calls", logs, work, "2026-11-20")).isEqualTo(ExitCodes.SUCCESS);
  }

  @Test
  void aNewFileIsReadAloneAndLateDataIsMarked() throws IOException {
    // c01 (gpt-4o, 9,940 / 1M = $0.00994, PricedCallsFixtureTest) again, once late (19th), once
    // on the new day (21st)
    Files.write(logs.resolve("late.jsonl"), List.of(
        call("late-1", "2026-11-19T10:00:00Z"), call("new-1", "2026-11-21T10:00:00Z")));

    assertThat(runNightly("priced-calls", logs, work, "2026-11-21")).isEqualTo(ExitCodes.SUCCESS);

    Path reports = work.resolve("reports/2026-11-21");
    assertThat(Files.readString(reports.resolve("run-summary.json")))
        .contains("\"read\" : 2", "\"loaded\" : 2", "\"duplicates\" : 0");
    assertThat(Files.readAllLines(reports.resolve("data_quality.csv"))).contains(
        "late data (day re-aggregated),2026-11-19,1,3500,"
            + "loaded by this run for a day an earlier run already reported");
    // the 19th had no calls before: its total is the late call alone
    assertThat(Files.readAllLines(reports.resolve("by_day.csv")))
        .anyMatch(l -> l.startsWith("2026-11-19,1,3000,500,0.009940000000,"));
  }

  @Test
  void aChangedFileIsReadAgainWhole() throws IOException {
    Files.writeString(logs.resolve("calls.jsonl"), call("appended-1", "2026-11-21T11:00:00Z")
        + "\n", StandardOpenOption.APPEND);

    assertThat(runNightly("priced-calls", logs, work, "2026-11-21")).isEqualTo(ExitCodes.SUCCESS);

    // 15 lines: the 14 loaded last night are duplicates, the appended one is new
    assertThat(Files.readString(work.resolve("reports/2026-11-21/run-summary.json")))
        .contains("\"read\" : 15", "\"loaded\" : 1", "\"duplicates\" : 14");
  }

  private String call(String id, String timestamp) {
    return c01.replace("\"request_id\":\"c01\"", "\"request_id\":\"" + id + "\"")
        .replace("\"timestamp\":\"2026-11-20T09:00:00Z\"", "\"timestamp\":\"" + timestamp + "\"");
  }
}

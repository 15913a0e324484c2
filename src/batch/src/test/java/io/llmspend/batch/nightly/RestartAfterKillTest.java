package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A nightly run killed with SIGKILL at any point (a real child process, {@link ChildRun}) is
 * restarted by the same command, and its reports have byte-identical numbers to a run that was
 * never interrupted: no call counted twice, none lost.
 */
class RestartAfterKillTest {
  @TempDir static Path uninterrupted;
  private static int uninterruptedExit;

  @BeforeAll
  static void runOnceWithoutInterruption() throws IOException {
    uninterruptedExit = LlmSpendCommand.execute(args(uninterrupted));
  }

  @Test
  void theUninterruptedRunAccountsForEveryLine() throws IOException {
    // priced-calls: 14 lines, 14 loaded; bad-input: 13 lines, 3 loaded, 9 quarantined,
    // 1 duplicate (PricedCallsFixtureTest, BadInputFixtureTest): 27 = 17 + 9 + 1
    assertThat(uninterruptedExit).isEqualTo(3);
    assertThat(Files.readString(reports(uninterrupted).resolve("run-summary.json")))
        .contains("\"read\" : 27", "\"loaded\" : 17", "\"quarantined\" : 9",
            "\"duplicates\" : 1");
  }

  // ingestPartition.n: the n-th partition's output is committed, not yet in the job repository
  // (the others go on on the other threads); ingest, attribute, detect, report: the step's
  // tables and files are written (for ingest: the merge committed), the job repository has not
  // recorded it completed (KillPoint)
  @ParameterizedTest
  @ValueSource(strings = {"ingestPartition.1", "ingestPartition.4", "ingest", "attribute",
      "detect", "report"})
  void aRunKilledAtAnyPointIsRestartedWithTheSameNumbers(String point, @TempDir Path work)
      throws Exception {
    Process child = ChildRun.start(work, point, "killed");
    ChildRun.awaitPause(child, work);
    ChildRun.kill(child);

    assertThat(LlmSpendCommand.execute(args(work))).isEqualTo(uninterruptedExit);

    // the same job instance, restarted: the killed execution (marked FAILED) and the restart
    assertThat(jobRepository(work, "select count(*) from batch_job_instance")).isEqualTo(1L);
    assertThat(jobRepository(work, "select string_agg(status, ',' order by job_execution_id) "
        + "from batch_job_execution")).isEqualTo("FAILED,COMPLETED");
    for (String file : csvFiles(reports(uninterrupted))) {
      assertThat(reports(work).resolve(file)).as(file)
          .hasSameBinaryContentAs(reports(uninterrupted).resolve(file));
    }
    assertThat(withoutSeconds(reports(work).resolve("run-summary.json")))
        .isEqualTo(withoutSeconds(reports(uninterrupted).resolve("run-summary.json")));
  }

  @Test
  void aNightWithoutDateRestartsTheFailedNightThenReadsTonightsFiles(@TempDir Path work)
      throws Exception {
    Path logs = Files.createDirectories(work.resolve("logs"));
    Path calls = NightlyFixtures.FIXTURES.resolve("priced-calls/logs/calls.jsonl");
    Files.copy(calls, logs.resolve("calls.jsonl"));
    List<String> nightly = List.of("nightly", "--logs", logs.toString(),
        "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(),
        "--config", ChildRun.config(work).toString());
    Process child = ChildRun.start(work, "ingestPartition.2", "killed", nightly);
    ChildRun.awaitPause(child, work);
    ChildRun.kill(child);
    // tonight's file: c01 again as a new call on 2026-11-21
    Files.writeString(logs.resolve("tonight.jsonl"), Files.readAllLines(calls).get(0)
        .replace("\"c01\"", "\"tonight-1\"").replace("2026-11-20T09:00", "2026-11-21T09:00"));

    assertThat(LlmSpendCommand.execute(nightly.toArray(String[]::new))).isZero();

    // run 1 restarted and completed (the 14 calls of 2026-11-20), then run 2 read tonight's file
    assertThat(jobRepository(work, "select string_agg(status, ',' order by job_execution_id) "
        + "from batch_job_execution")).isEqualTo("FAILED,COMPLETED,COMPLETED");
    assertThat(Files.readString(work.resolve("reports/2026-11-20/run-summary.json")))
        .contains("\"run_id\" : 1", "\"read\" : 14", "\"loaded\" : 14");
    assertThat(Files.readString(work.resolve("reports/2026-11-21/run-summary.json")))
        .contains("\"run_id\" : 2", "\"read\" : 1", "\"loaded\" : 1");
  }

  // attribute.recorded: the step is recorded completed, the job's execution context (the report
  // date) is not saved yet by Spring Batch: the restart skips the step and must still find the
  // report date (KillPoint)
  @Test
  void aRunKilledOnceAttributeIsRecordedIsRestartedWithItsReportDate(@TempDir Path work)
      throws Exception {
    aRunKilledAtAnyPointIsRestartedWithTheSameNumbers("attribute.recorded", work);
  }

  private static String[] args(Path work) throws IOException {
    return ChildRun.arguments(work).toArray(String[]::new);
  }

  private static Path reports(Path work) {
    return work.resolve("reports").resolve(ChildRun.DATE);
  }

  private static List<String> csvFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv")).sorted().toList());
      assertThat(names).contains("by_team.csv", "spend_detail.csv", "quarantine.csv");
      return names;
    }
  }

  private static List<String> withoutSeconds(Path json) throws IOException {
    return Files.readAllLines(json).stream().filter(l -> !l.contains("\"seconds\"")).toList();
  }

  static Object jobRepository(Path work, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(
            "jdbc:h2:file:" + work.resolve("jobs").toAbsolutePath(), "sa", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }
}

package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.cli.LlmSpendCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that must not share a store or a job repository (issue 16 §3, issue 11 §3): each refused
 * second run exits 5 with one line and no stack trace, and leaves no trace. The first run is a
 * real child process paused at a pause point ({@link ChildRun}).
 */
class RunExclusionTest {
  @TempDir Path work;

  @Test
  void aNightlyStartedWhileAMonthlyHoldsTheStoreIsRefusedInOneLine() throws Exception {
    List<String> nightly = ChildRun.arguments(work);
    assertThat(LlmSpendCommand.execute(nightly.toArray(String[]::new)))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    Process monthly = ChildRun.start(work, "attribute", "monthly", List.of("monthly",
        "--month", "2026-11", "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(),
        "--config", work.resolve("llmspend.yml").toString()));
    ChildRun.awaitPause(monthly, work);

    Process second = ChildRun.start(work, null, "second", nightly);
    int exit = ChildRun.exitCode(second);
    ChildRun.kill(monthly);

    assertThat(exit).isEqualTo(ExitCodes.ALREADY_RUNNING);
    assertThat(onlyLine(work.resolve("second.out")))
        .startsWith("llmspend: refused: another llmspend run is using the store "
            + work.resolve("llmspend.duckdb").toRealPath());
  }

  @Test
  void aRunThroughASymlinkedStorePathTakesTheSameLock() throws Exception {
    Process first = ChildRun.start(work, "ingestPartition.1", "first");
    ChildRun.awaitPause(first, work);
    Path link = Files.createSymbolicLink(work.resolve("link.duckdb"),
        work.resolve("llmspend.duckdb"));
    List<String> viaLink = new ArrayList<>(ChildRun.arguments(work));
    viaLink.set(viaLink.indexOf("--db") + 1, link.toString());

    Process second = ChildRun.start(work, null, "second", viaLink);
    int exit = ChildRun.exitCode(second);
    ChildRun.kill(first);

    assertThat(exit).isEqualTo(ExitCodes.ALREADY_RUNNING);
    assertThat(onlyLine(work.resolve("second.out")))
        .contains("another llmspend run is using the store "
            + work.resolve("llmspend.duckdb").toRealPath());
    // no second job instance, no FAILED execution
    assertThat(RestartAfterKillTest.jobRepository(work,
        "select count(*) from batch_job_execution")).isEqualTo(1L);
  }

  @Test
  void twoStoresSharingAConfiguredJobRepositoryFileAreRefusedInOneLine() throws Exception {
    Process first = ChildRun.start(work, "ingestPartition.1", "first");
    ChildRun.awaitPause(first, work);
    List<String> otherStore = new ArrayList<>(ChildRun.arguments(work));
    otherStore.set(otherStore.indexOf("--db") + 1, work.resolve("other.duckdb").toString());
    otherStore.set(otherStore.indexOf("--reports") + 1, work.resolve("other").toString());

    Process second = ChildRun.start(work, null, "second", otherStore);
    int exit = ChildRun.exitCode(second);
    ChildRun.kill(first);

    assertThat(exit).isEqualTo(ExitCodes.ALREADY_RUNNING);
    assertThat(onlyLine(work.resolve("second.out"))).isEqualTo("llmspend: refused: the job "
        + "repository " + work.resolve("jobs.mv.db").toAbsolutePath() + " is in use by another "
        + "llmspend run; nothing was done. Run again when it has finished.");
    assertThat(work.resolve("other.duckdb")).doesNotExist();
  }

  @Test
  void eachStoreHasItsOwnJobRepositoryByDefault() throws Exception {
    Path config = Files.writeString(work.resolve("no-datasource.yml"),
        "llmspend:\n  ingest:\n    partition-bytes: 1200\n");
    for (String store : List.of("a/one.duckdb", "b/two.duckdb")) {
      List<String> args = new ArrayList<>(ChildRun.arguments(work));
      args.set(args.indexOf("--db") + 1, work.resolve(store).toString());
      args.set(args.indexOf("--config") + 1, config.toString());
      assertThat(LlmSpendCommand.execute(args.toArray(String[]::new)))
          .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    }
    assertThat(work.resolve("a/one-jobs.mv.db")).isRegularFile();
    assertThat(work.resolve("b/two-jobs.mv.db")).isRegularFile();
    // nothing in the working directory's data/ (a plain file during the tests: UserFoldersGuard)
    assertThat(Path.of("data")).isRegularFile();
  }

  @Test
  void aLockPathThatIsASymbolicLinkIsRefusedAndItsTargetLeftAlone() throws Exception {
    Path target = Files.writeString(work.resolve("precious.txt"), "keep me\n");
    Files.createSymbolicLink(work.resolve("llmspend.duckdb.lock"), target);

    int exit = LlmSpendCommand.execute(ChildRun.arguments(work).toArray(String[]::new));

    assertThat(exit).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(Files.readString(target)).isEqualTo("keep me\n");
    assertThat(work.resolve("llmspend.duckdb")).doesNotExist();
  }

  /** The output's one line: no stack trace, no log lines. */
  private static String onlyLine(Path output) throws Exception {
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).as(String.join("\n", lines)).hasSize(1);
    return lines.get(0);
  }
}

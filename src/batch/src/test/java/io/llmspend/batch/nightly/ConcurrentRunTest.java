package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nightly runs on one store at once, in two real child processes ({@link ChildRun}). */
class ConcurrentRunTest {
  @TempDir Path work;

  @Test
  void aSecondRunIsRefusedBeforeItTouchesAnything() throws Exception {
    Process first = ChildRun.start(work, "ingest", "first");
    ChildRun.awaitPause(first, work);

    Process second = ChildRun.start(work, null, "second");
    int secondExit = ChildRun.exitCode(second);
    ChildRun.kill(first);

    assertThat(secondExit).isEqualTo(ExitCodes.ALREADY_RUNNING);
    assertThat(Files.readString(work.resolve("second.out")))
        .contains("refused: another llmspend run is using the store "
            + work.resolve("llmspend.duckdb").toAbsolutePath())
        .contains("pid " + first.pid());
    // the second run left no trace: one execution (the first's), one merge, no reports
    assertThat(RestartAfterKillTest.jobRepository(work,
        "select count(*) from batch_job_execution")).isEqualTo(1L);
    assertThat(NightlyFixtures.scalar(work, "select count(*) from ingest_chunks"))
        .isEqualTo(1L);
    try (Stream<Path> reports = Files.walk(work.resolve("reports"))) {
      assertThat(reports.filter(Files::isRegularFile)).isEmpty();
    }
  }
}

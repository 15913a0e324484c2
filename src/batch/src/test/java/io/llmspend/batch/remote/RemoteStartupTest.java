package io.llmspend.batch.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manager and the workers refuse to start without a job repository they share: with the
 * store's own H2 file, a worker on another machine could never see the manager's partitions.
 */
class RemoteStartupTest {
  @TempDir Path work;

  @Test
  void aWorkerWithoutASharedJobRepositoryDoesNotStart() throws Exception {
    Path config = Files.writeString(work.resolve("worker.yml"), "llmspend:\n  time-zone: UTC\n");
    String[] err = new String[1];

    int exit = capturingErr(() -> LlmSpendCommand.execute("worker", "--config",
        config.toString()), err);

    assertThat(exit).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(err[0]).contains("llmspend worker needs the job repository the manager and the "
        + "workers share: set spring.datasource.url (PostgreSQL)");
  }

  @Test
  void aManagerOnTheStoresH2FileDoesNotStart() {
    String[] err = new String[1];

    int exit = capturingErr(() -> LlmSpendCommand.execute("nightly", "--workers", "remote",
        "--logs", work.toString(), "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString()), err);

    assertThat(exit).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(err[0]).contains("llmspend nightly --workers remote needs the job repository",
        "not an H2 file: jdbc:h2:file:");
  }

  @Test
  void workersIsLocalOrRemote() {
    String[] err = new String[1];

    int exit = capturingErr(() -> LlmSpendCommand.execute("nightly", "--workers", "cluster",
        "--logs", work.toString(), "--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString()), err);

    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(err[0]).contains("--workers is local or remote, not cluster");
  }

  private static int capturingErr(IntSupplier run, String[] err) {
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      return run.getAsInt();
    } finally {
      System.setErr(original);
      err[0] = bytes.toString(StandardCharsets.UTF_8);
    }
  }
}

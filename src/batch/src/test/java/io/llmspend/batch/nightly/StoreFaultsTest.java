package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the store and its neighbours (issue 16 §1): each gives one clear line and its
 * documented exit code, never "Failed to close 1 delegate(s)", and a run that cannot start
 * leaves no job instance and no reports.
 */
class StoreFaultsTest {
  @TempDir Path work;

  @Test
  void aStoreWithABrokenHeaderStopsTheRunInOneLineWithExit4() throws Exception {
    Path store = work.resolve("llmspend.duckdb");
    Files.write(store, "GARBAGE-not-a-duckdb-header".repeat(400).getBytes(StandardCharsets.UTF_8));

    String[] err = new String[1];
    int exit = capturingErr(() -> LlmSpendCommand.execute(ChildRun.argumentsUnchecked(work)), err);

    assertThat(exit).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(err[0].lines().toList()).containsExactly("llmspend: cannot start: cannot open the "
        + "DuckDB store " + store.toRealPath() + ": IO Error: The file \"" + store.toRealPath()
        + "\" exists, but it is not a valid DuckDB database file!");
    assertThat(work.resolve("jobs.mv.db")).doesNotExist(); // no job instance: nothing started
    assertThat(work.resolve("reports")).isEmptyDirectory();
  }

  @Test
  void poiTemporaryFilesGoToAPrivateFolderNotTheSharedPoifiles() throws Exception {
    // another user's "poifiles" (here: not even a folder) in the system temporary folder
    Path tmp = Files.createDirectory(work.resolve("tmp"));
    Files.writeString(tmp.resolve("poifiles"), "someone else's");

    Process child = ChildRun.start(work, null, "child", ChildRun.arguments(work),
        List.of("env", "JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=" + tmp));

    assertThat(ChildRun.exitCode(child)).as(Files.readString(work.resolve("child.out")))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    assertThat(work.resolve("reports/" + ChildRun.DATE + "/llmspend-" + ChildRun.DATE + ".xlsx"))
        .isNotEmptyFile();
    try (Stream<Path> left = Files.list(tmp)) { // the run's private folder is gone
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("poifiles");
    }
  }

  static int capturingErr(IntSupplier run, String[] err) {
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

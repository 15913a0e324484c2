package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import io.llmspend.batch.cli.LlmSpendCommand;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file and folder llmspend creates is its owner's only (issue 16 §3), including the files
 * DuckDB and H2 create themselves, whatever the umask of the shell that started it; reports are
 * opened to a group only by {@code llmspend.reports.*} (issue 11 §3).
 */
class FileAccessTest {
  private static final Set<String> MINE = Set.of("llmspend.yml", "paused", "first.out");
  @TempDir Path work;

  @Test
  void filesDuckDbAndH2CreateMidRunAreOwnerOnlyUnderUmask022() throws Exception {
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    Process child = ChildRun.start(work, "ingest", "first", ChildRun.arguments(work),
        List.of("/bin/sh", "-c", "umask 022 && exec \"$0\" \"$@\""));
    ChildRun.awaitPause(child, work);
    List<String> created = new ArrayList<>();
    try (Stream<Path> all = Files.walk(work)) {
      for (Path path : all.filter(p -> !p.equals(work)).toList()) {
        if (MINE.contains(path.getFileName().toString())) {
          continue;
        }
        created.add(work.relativize(path) + " " + mode(path));
      }
    } finally {
      ChildRun.kill(child);
    }
    // the WAL holds the merge just committed, the partitions' outputs are still there; H2 made
    // the job repository file
    assertThat(created).contains("llmspend.duckdb.wal rw-------", "jobs.mv.db rw-------",
        "llmspend.duckdb rw-------", "llmspend.duckdb.lock rw-------");
    assertThat(created).allMatch(c -> c.endsWith(" rw-------") || c.endsWith(" rwx------"));
  }

  @Test
  void theReportsSettingGivesAGroupReadAccess() throws Exception {
    String group = Files.readAttributes(work, PosixFileAttributes.class).group().getName();
    Path config = Files.writeString(work.resolve("finance.yml"), """
        spring.datasource.url: jdbc:h2:mem:finance-${random.uuid}
        llmspend.reports.mode: "640"
        llmspend.reports.group: "%s"
        """.formatted(group));

    assertThat(nightly(config)).isEqualTo(ExitCodes.SUCCESS);

    try (Stream<Path> all = Files.walk(work.resolve("reports"))) {
      for (Path path : all.toList()) {
        assertThat(mode(path)).as(path.toString())
            .isEqualTo(Files.isDirectory(path) ? "rwxr-x---" : "rw-r-----");
        assertThat(Files.readAttributes(path, PosixFileAttributes.class).group().getName())
            .isEqualTo(group);
      }
    }
    // the store stays the owner's
    assertThat(mode(work.resolve("llmspend.duckdb"))).isEqualTo("rw-------");
  }

  @Test
  void anUnknownGroupOrABadModeStopsTheRunAtStartUp() throws Exception {
    Path group = Files.writeString(work.resolve("group.yml"), """
        spring.datasource.url: jdbc:h2:mem:finance-${random.uuid}
        llmspend.reports.group: no-such-group-llmspend
        """);
    Path mode = Files.writeString(work.resolve("mode.yml"), """
        spring.datasource.url: jdbc:h2:mem:finance-${random.uuid}
        llmspend.reports.mode: "044"
        """);

    assertThat(nightly(group)).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(nightly(mode)).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(work.resolve("reports/2026-11-20")).doesNotExist();
  }

  private int nightly(Path config) {
    return LlmSpendCommand.execute("nightly", "--logs", NightlyFixtures.FIXTURES
        .resolve("priced-calls/logs").toString(), "--db", work.resolve("llmspend.duckdb")
        .toString(), "--reports", work.resolve("reports").toString(), "--date", "2026-11-20",
        "--config", config.toString());
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path,
        LinkOption.NOFOLLOW_LINKS));
  }
}

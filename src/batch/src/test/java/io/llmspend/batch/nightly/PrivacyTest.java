package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.store.DuckDbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompt texts stay in the store, for a while; the store and the reports are the owner's only. */
class PrivacyTest {
  @TempDir Path work;

  @Test
  void theStoreAndTheReportsAreReadableByTheOwnerOnly() throws Exception {
    nightly("priced-calls", "priced-calls/logs", work.resolve("private/llmspend.duckdb"));

    assertThat(permissions(work.resolve("private"))).isEqualTo("rwx------");
    assertThat(permissions(work.resolve("private/llmspend.duckdb"))).isEqualTo("rw-------");
    assertThat(permissions(work.resolve("private/llmspend.duckdb.lock"))).isEqualTo("rw-------");
    assertThat(permissions(work.resolve("reports"))).isEqualTo("rwx------");
    try (Stream<Path> files = Files.walk(work.resolve("reports"))) {
      List<Path> written = files.filter(Files::isRegularFile).toList();
      assertThat(written).hasSizeGreaterThan(8); // 8 CSV files, the workbook, run-summary.json
      for (Path file : written) {
        assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
      }
    }
  }

  @Test
  void afterTheRetentionPromptTextsAreDroppedAndHashesAndCountsKept() throws Exception {
    Path config = Files.writeString(work.resolve("retention.yml"), """
        spring.datasource.url: jdbc:h2:mem:privacy-${random.uuid}
        llmspend.privacy.prompt-retention-days: 1
        """);
    Path db = work.resolve("llmspend.duckdb");
    // the fixture's calls are of 2026-11-20, more than a day before any run of this test
    LlmSpendCommand.execute("nightly", "--logs", NightlyFixtures.FIXTURES
        .resolve("priced-calls/logs").toString(), "--db", db.toString(),
        "--reports", work.resolve("reports").toString(), "--date", "2026-11-20",
        "--config", config.toString());

    assertThat(scalar(work, "select count(*) from prompts")).isNotEqualTo(0L);
    assertThat(scalar(work, "select count(*) from prompts where text <> ''")).isEqualTo(0L);
    assertThat(scalar(work, "select count(*) from prompts where tokens > 0 "
        + "and length(prompt_hash) = 64")).isEqualTo(scalar(work, "select count(*) from prompts"));
  }

  @Test
  void withinTheRetentionPromptTextsAreKept() throws Exception {
    nightly("priced-calls", "priced-calls/logs", work.resolve("llmspend.duckdb"));

    // default 90 days; the run's cutoff is computed from today, so compare with the last use
    Object recent = scalar(work, "select count(*) from prompts p where exists (select 1 from "
        + "calls c where c.system_prompt_hash = p.prompt_hash "
        + "and c.ts >= now() - interval 90 day)");
    assertThat(scalar(work, "select count(*) from prompts where text <> ''")).isEqualTo(recent);
  }

  @Test
  void quarantineExcerptsInReportsAreShortAndRedacted() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("create table quarantine (source_file varchar, source_line bigint, "
          + "reason varchar, excerpt varchar, run_id bigint)");
      s.execute("create table report_period as "
          + "select 1::bigint as run_id, date '2026-11-20' as report_date");
      s.execute("create table runs as select 1::bigint as run_id, date '2026-11-20' as report_date");
      s.execute(DuckDbStore.sql("marts", "quarantine_reported"));
      s.execute("insert into quarantine values ('f', 1, 'missing model', "
          + "'{\"messages\":[{\"role\":\"user\",\"content\":\"my card is 4111 \\\" 1111\"}]}', 1)");
      try (ResultSet rs = s.executeQuery(DuckDbStore.sql("report", "quarantine"))) {
        rs.next();
        // the content value, escaped quote included, is replaced; 60 characters at most
        assertThat(rs.getString("excerpt"))
            .isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"[redacted]\"}]}");
      }
    }
  }

  private void nightly(String fixture, String logs, Path db) {
    LlmSpendCommand.execute("nightly", "--logs", NightlyFixtures.FIXTURES.resolve(logs)
        .toString(), "--db", db.toString(), "--reports", work.resolve("reports").toString(),
        "--date", "2026-11-20", "--config", NightlyFixtures.FIXTURES.resolve(fixture)
        .resolve("llmspend-test.yml").toString());
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}

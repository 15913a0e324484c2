package io.llmspend.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small gzip that expands to many bad lines (issue 16 §4: 2.9 KB of {@code {}} lines wrote a 46
 * MB quarantine.csv): the report lists 1,000 rows per file and one row with the rest's count;
 * the counts stay exact and every row stays in the store. The gzip (3,000 lines of {@code {}},
 * about 60 bytes) is generated here.
 */
class QuarantineCapTest {
  private static final String DATE = "2026-11-20";
  @TempDir Path work;

  @Test
  void quarantineCsvListsAThousandRowsPerFileAndCountsTheRest() throws Exception {
    Path logs = Files.createDirectories(work.resolve("logs"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(logs.resolve("bomb.jsonl.gz")))) {
      out.write("{}\n".repeat(3000).getBytes(StandardCharsets.UTF_8));
    }

    assertThat(NightlyFixtures.runNightly("priced-calls", logs, work, DATE))
        .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

    List<String> rows = Files.readAllLines(work.resolve("reports/" + DATE + "/quarantine.csv"));
    assertThat(rows).hasSize(1 + 1000 + 1); // header, 1,000 lines, the rest's count
    assertThat(rows.get(1000)).startsWith("logs/bomb.jsonl.gz,1000,");
    assertThat(rows.get(1001)).isEqualTo("logs/bomb.jsonl.gz,,\"2000 more lines of this file "
        + "quarantined, not listed here (all in the store, table quarantine)\",");
    assertThat(NightlyFixtures.scalar(work, "select count(*) from quarantine")).isEqualTo(3000L);
    assertThat(Files.readString(work.resolve("reports/" + DATE + "/run-summary.json")))
        .contains("\"quarantined\" : 3000");
  }
}

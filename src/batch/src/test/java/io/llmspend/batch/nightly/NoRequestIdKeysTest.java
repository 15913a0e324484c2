package io.llmspend.batch.nightly;

import static io.llmspend.batch.nightly.NightlyFixtures.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.run.ExitCodes;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: calls logged without a request_id were keyed by file name and line, so two logs
 * folders of the same name lost one folder's calls as "duplicates", and a rotated (renamed) file
 * was loaded twice while the new file's first calls were dropped. Keys now hash the file's
 * identity (its first line), the line number and the line. Fixture: written by the test; each
 * call is gpt-4o-mini, 1,000 prompt + 100 completion tokens = 1,000 x 0.15 + 100 x 0.60 = 210
 * per 1M = $0.00021.
 */
class NoRequestIdKeysTest {
  @TempDir Path work;

  private static String call(String user) {
    return "{\"timestamp\":\"2026-11-20T10:00:00Z\",\"provider\":\"openai\",\"model\":\"gpt-4o-mini\","
        + "\"team\":\"t\",\"function\":\"f\",\"user\":\"" + user + "\",\"response\":{\"usage\":"
        + "{\"prompt_tokens\":1000,\"completion_tokens\":100}}}\n";
  }

  private int run(Path... logs) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("nightly"));
    for (Path log : logs) {
      args.addAll(java.util.List.of("--logs", log.toString()));
    }
    args.addAll(java.util.List.of("--db", work.resolve("llmspend.duckdb").toString(),
        "--reports", work.resolve("reports").toString(), "--date", "2026-11-20", "--config",
        NightlyFixtures.FIXTURES.resolve("no-request-id/llmspend-test.yml").toString()));
    return io.llmspend.batch.cli.LlmSpendCommand.execute(args.toArray(String[]::new));
  }

  @Test
  void twoFoldersOfTheSameNameAreBothLoaded() throws Exception {
    Path a = Files.createDirectories(work.resolve("a/logs"));
    Path b = Files.createDirectories(work.resolve("b/logs"));
    Files.writeString(a.resolve("x.jsonl"), call("team-a-user"));
    Files.writeString(b.resolve("x.jsonl"), call("team-b-user"));

    assertThat(run(a, b)).isEqualTo(ExitCodes.SUCCESS);

    assertThat(scalar(work, "select count(*) from calls")).isEqualTo(2L);
    assertThat((BigDecimal) scalar(work, "select sum(cost_usd) from calls"))
        .isEqualByComparingTo("0.00042"); // 2 x 0.00021
  }

  @Test
  void aRotatedFileIsNotLoadedAgainAndTheNewFileIsLoaded() throws Exception {
    Path logs = Files.createDirectories(work.resolve("logs"));
    Files.writeString(logs.resolve("requests.jsonl"), call("night-1"));
    assertThat(run(logs)).isEqualTo(ExitCodes.SUCCESS);

    Files.move(logs.resolve("requests.jsonl"), logs.resolve("requests-20261120.jsonl"));
    Files.writeString(logs.resolve("requests.jsonl"), call("night-2"));
    assertThat(run(logs)).isEqualTo(ExitCodes.SUCCESS);

    assertThat(scalar(work, "select string_agg(user_id, ',' order by user_id) from calls"))
        .isEqualTo("night-1,night-2");
  }

  @Test
  void aGrowingFileKeepsTheKeysOfItsEarlierLines() throws Exception {
    Path logs = Files.createDirectories(work.resolve("logs"));
    Files.writeString(logs.resolve("requests.jsonl"), call("first"));
    run(logs);
    Files.writeString(logs.resolve("requests.jsonl"), call("first") + call("second"));

    run(logs);

    assertThat(scalar(work, "select count(*) from calls")).isEqualTo(2L);
  }
}

package io.llmspend.batch.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.batch.cli.LlmSpendCommand;
import io.llmspend.batch.run.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code llmspend budget status} on the command line: a named member without live spend shows
 * zeros; a Redis that cannot be reached and an invalid budgets file exit 4 in one line.
 */
class BudgetStatusCommandTest {
  private static final String REDIS = System.getenv().getOrDefault("LLMSPEND_TEST_REDIS_URI",
      "redis://127.0.0.1:6379");
  @TempDir Path work;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int exit = LlmSpendCommand.execute(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Path budgets() throws Exception {
    Path file = work.resolve("budgets.yml");
    Files.writeString(file, """
        budgets:
          - name: research-monthly
            scope: team
            member: research
            period: month
            limit-usd: 75.00
            enforcement: hard
        """);
    return file;
  }

  @Test
  void aMemberWithoutLiveSpendShowsZeros() throws Exception {
    Path config = work.resolve("llmspend.yml");
    // a prefix no one writes: nothing live under it
    Files.writeString(config, "llmspend:\n  live:\n    key-prefix: llmspend-test-status-"
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "\n");
    Run r = run("budget", "status", "--config", config.toString(), "--redis", REDIS,
        "--budgets", budgets().toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.SUCCESS);
    assertThat(r.out()).containsPattern("research-monthly +research +\\d{4}-\\d{2}-01\\.\\."
        + "\\d{4}-\\d{2}-\\d{2} +75\\.000000 +0\\.000000 +0\\.000000 +75\\.000000 +0 +0 -");
  }

  @Test
  void redisUnreachableExits4InOneLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    Run r = run("budget", "status", "--redis", "redis://127.0.0.1:" + port, "--budgets",
        budgets().toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(r.err()).startsWith("llmspend: Redis unavailable: ").hasLineCount(1);
  }

  @Test
  void anInvalidBudgetsFileExits4() throws Exception {
    Path file = work.resolve("bad.yml");
    Files.writeString(file, "budgets:\n  - name: x\n    scope: department\n");
    Run r = run("budget", "status", "--redis", REDIS, "--budgets", file.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(r.err()).contains("scope must be one of");
  }

  @Test
  void aMissingBudgetsFileExits4NamingIt() {
    // it printed "No budgets." and exited 0: a mistyped --budgets looked like a quiet Redis
    Path missing = work.resolve("budgtes.yml");
    Run r = run("budget", "status", "--redis", REDIS, "--budgets", missing.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERROR);
    assertThat(r.err()).isEqualTo("llmspend: budgets file not found: " + missing.toAbsolutePath()
        + System.lineSeparator());
    assertThat(r.out()).doesNotContain("No budgets");
  }
}

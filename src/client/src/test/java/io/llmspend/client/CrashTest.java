package io.llmspend.client;

import io.llmspend.core.live.LiveBudget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.core.budget.Enforcement;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A process killed (SIGKILL) between reserve and settle: its reservation holds the budget until
 * its TTL (10 s) passes, then it is released and counted as expired, and the budget is whole.
 * The budget ($0.0001 = 100 micro-dollars) fits one reservation of 62, not two.
 */
class CrashTest {
  private final TestRedis redis = new TestRedis();

  @AfterEach
  void cleanUp() {
    redis.close();
  }

  @Test
  void aKilledProcessReservationExpiresAndTheBudgetIsWhole() throws Exception {
    try (BudgetGuard warm = BudgetGuard.create(redis.config().build())) {
      warm.reserve(CallInfo.of("openai", "gpt-4o-mini"), Requests.HELLO); // tokenizer loaded
    }
    BudgetGuard guard = BudgetGuard.create(redis.config()
        .budgets(List.of(Requests.globalDaily("0.0001", Enforcement.HARD))).build());
    guard.status(); // connected before the child reserves
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), CrashChild.class.getName(), TestRedis.URI,
        redis.prefix).redirectErrorStream(true).start();
    try (guard) {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      while (line != null && !line.startsWith("RESERVED ") && !line.startsWith("NOT")) {
        line = out.readLine(); // the child's log lines
      }
      assertThat(line).startsWith("RESERVED ");
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      LiveBudget held = guard.status().get(0);
      assertThat(held.reservedUsd()).isEqualTo("0.000062");
      assertThatThrownBy(() -> guard.reserve(CallInfo.of("openai", "gpt-4o-mini"),
          Requests.HELLO)).isInstanceOf(BudgetExceededException.class);

      Thread.sleep(CrashChild.TTL.toMillis() + 500);
      LiveBudget whole = guard.status().get(0);
      assertThat(whole.reservedUsd()).isEqualTo("0.000000");
      assertThat(whole.spentUsd()).isEqualTo("0.000000");
      assertThat(whole.remainingUsd()).isEqualByComparingTo("0.0001");
      assertThat(whole.expired()).isEqualTo(1);
      assertThat(whole.openReservations()).isZero();
      guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), Requests.HELLO).release();
    } finally {
      child.destroyForcibly();
    }
  }
}

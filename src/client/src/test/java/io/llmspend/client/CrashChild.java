package io.llmspend.client;

import io.llmspend.core.budget.Enforcement;
import java.time.Duration;
import java.util.List;

/**
 * The child process of {@link CrashTest}: reserves one call with a 10-second reservation TTL, says
 * so on standard output, and waits to be killed before it can settle.
 */
public final class CrashChild {
  static final Duration TTL = Duration.ofSeconds(10);

  private CrashChild() {}

  /** @param args the Redis URI and the key prefix */
  public static void main(String[] args) throws Exception {
    BudgetGuard guard = BudgetGuard.create(GuardConfig.builder().redisUri(args[0])
        .keyPrefix(args[1]).budgets(List.of(Requests.globalDaily("0.0001", Enforcement.HARD)))
        .reservationTtl(TTL).build());
    Reservation r = guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), Requests.HELLO);
    System.out.println(guard.metrics().reserved() == 1 ? "RESERVED " + r.id() : "NOT RESERVED");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}

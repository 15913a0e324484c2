package io.llmspend.client;

import static io.llmspend.client.Requests.HELLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.core.budget.Enforcement;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Redis unavailable: nothing listening (connection refused), or a server that accepts and never
 * answers (timeout). The default is fail-open (allow, count, event); a budget, or the whole
 * guard, can fail closed (refuse).
 */
class RedisUnavailableTest {
  private static final CallInfo CALL = CallInfo.of("openai", "gpt-4o-mini");
  private final List<GuardEvent> events = new ArrayList<>();

  private static String closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "redis://127.0.0.1:" + s.getLocalPort();
    }
  }

  private GuardConfig.Builder config(String uri) {
    return GuardConfig.builder().redisUri(uri).keyPrefix("never-written")
        .budgets(List.of(Requests.globalDaily("1.00", Enforcement.HARD))).listener(events::add);
  }

  @Test
  void theDefaultIsFailOpen() throws Exception {
    try (BudgetGuard guard = BudgetGuard.create(config(closedPort()).build())) {
      assertThat(guard.config().unavailablePolicy()).isEqualTo(UnavailablePolicy.FAIL_OPEN);
      Reservation r = guard.reserve(CALL, HELLO);
      Settlement s = r.settle(Requests.openAiUsage(8, 40));
      assertThat(s.settledMicros()).isEqualTo(25);
      assertThat(guard.metrics().unavailableAllowed()).isEqualTo(1);
      assertThat(guard.metrics().settleFailed()).isEqualTo(1);
      assertThat(events).hasSize(2).allMatch(e -> e instanceof GuardEvent.RedisUnavailable);
      assertThat(((GuardEvent.RedisUnavailable) events.get(0)).allowed()).isTrue();
    }
  }

  @Test
  void aFailClosedBudgetRefuses() throws Exception {
    try (BudgetGuard guard = BudgetGuard.create(config(closedPort())
        .unavailablePolicy("global-daily", UnavailablePolicy.FAIL_CLOSED).build())) {
      assertThatThrownBy(() -> guard.reserve(CALL, HELLO))
          .isInstanceOf(BudgetUnavailableException.class)
          .hasMessageStartingWith("budget global-daily fails closed and Redis is unavailable");
      assertThat(guard.metrics().unavailableRefused()).isEqualTo(1);
    }
  }

  @Test
  void aRedisThatNeverAnswersTimesOutAndFollowsThePolicy() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        BudgetGuard open = BudgetGuard.create(config(
            "redis://127.0.0.1:" + silent.getLocalPort()).build());
        BudgetGuard closed = BudgetGuard.create(config(
            "redis://127.0.0.1:" + silent.getLocalPort())
            .unavailablePolicy(UnavailablePolicy.FAIL_CLOSED).build())) {
      // the kernel accepts the connection (backlog); nothing ever answers
      open.reserve(CALL, HELLO);
      assertThat(open.metrics().unavailableAllowed()).isEqualTo(1);
      assertThatThrownBy(() -> closed.reserve(CALL, HELLO))
          .isInstanceOf(BudgetUnavailableException.class);
    }
  }
}

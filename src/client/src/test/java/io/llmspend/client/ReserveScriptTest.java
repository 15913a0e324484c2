package io.llmspend.client;

import io.llmspend.core.live.LiveBudget;
import static io.llmspend.client.Requests.HELLO;
import static io.llmspend.client.Requests.budget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetPeriod;
import io.llmspend.core.budget.BudgetScope;
import io.llmspend.core.budget.Enforcement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** reserve.lua and settle.lua against the real Redis: all or nothing, the correction, release. */
class ReserveScriptTest {
  private final TestRedis redis = new TestRedis();
  private final List<GuardEvent> events = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    redis.close();
  }

  private BudgetGuard guard(Budget... budgets) {
    return BudgetGuard.create(redis.config().budgets(List.of(budgets)).listener(events::add)
        .build());
  }

  private static LiveBudget member(BudgetGuard guard, String budget, String member) {
    return guard.status().stream().filter(b -> b.budget().equals(budget)
        && b.member().equals(member)).findFirst().orElseThrow();
  }

  @Test
  void reservesTheEstimateOnEveryBudgetThatApplies() {
    try (BudgetGuard guard = guard(Requests.globalDaily("1.00", Enforcement.HARD),
        budget("fn", BudgetScope.FUNCTION, "*", BudgetPeriod.DAY, "1.00", Enforcement.SOFT),
        budget("other-team", BudgetScope.TEAM, "research", BudgetPeriod.DAY, "1.00",
            Enforcement.HARD))) {
      Reservation r = guard.reserve(CallInfo.of(null, "gpt-4o-mini").withFunction("chat"), HELLO);
      assertThat(r.inputTokens()).isEqualTo(8);
      assertThat(r.estimateUsd()).isEqualByComparingTo("0.0000612");
      assertThat(r.budgets()).containsExactly("global-daily/(all)", "fn/chat");
      assertThat(member(guard, "global-daily", "(all)").reservedUsd()).isEqualTo("0.000062");
      assertThat(member(guard, "fn", "chat").reservedUsd()).isEqualTo("0.000062");
      assertThat(member(guard, "other-team", "research").reservedUsd()).isEqualTo("0.000000");
    }
  }

  @Test
  void aHardBudgetRefusesAndNothingIsReservedAnywhere() {
    // global: limit 100 micros; the first call reserves 62, a second would make 124 > 100
    try (BudgetGuard guard = guard(Requests.globalDaily("0.0001", Enforcement.HARD),
        budget("fn", BudgetScope.FUNCTION, "chat", BudgetPeriod.DAY, "1.00", Enforcement.HARD))) {
      CallInfo call = CallInfo.of(null, "gpt-4o-mini").withFunction("chat");
      guard.reserve(call, HELLO);
      assertThatThrownBy(() -> guard.reserve(call, HELLO))
          .isInstanceOf(BudgetExceededException.class)
          .hasMessage("budget global-daily / (all) would be exceeded: limit $0.0001, spent"
              + " $0.000000, reserved $0.000062, this call's estimate $0.000062");
      assertThat(member(guard, "fn", "chat").reservedUsd()).isEqualTo("0.000062");
      assertThat(guard.metrics().refused()).isEqualTo(1);
      assertThat(events).hasSize(1).first().isInstanceOf(GuardEvent.Refused.class);
    }
  }

  @Test
  void settleReplacesTheEstimateByTheActualCost() {
    try (BudgetGuard guard = guard(Requests.globalDaily("1.00", Enforcement.HARD))) {
      Reservation r = guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), HELLO);
      // 8 x 0.15 + 40 x 0.60 = 25.2 micro-dollars: exactly 0.0000252, charged as 25
      Settlement s = r.settle(Requests.openAiUsage(8, 40));
      assertThat(s.costUsd()).isEqualByComparingTo("0.0000252");
      assertThat(s.settledMicros()).isEqualTo(25);
      LiveBudget b = member(guard, "global-daily", "(all)");
      assertThat(b.spentUsd()).isEqualTo("0.000025");
      assertThat(b.reservedUsd()).isEqualTo("0.000000");
      assertThat(b.openReservations()).isZero();
      assertThatThrownBy(r::release).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void releaseGivesTheReservationBack() {
    try (BudgetGuard guard = guard(Requests.globalDaily("1.00", Enforcement.HARD))) {
      guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), HELLO).release();
      LiveBudget b = member(guard, "global-daily", "(all)");
      assertThat(b.spentUsd()).isEqualTo("0.000000");
      assertThat(b.reservedUsd()).isEqualTo("0.000000");
    }
  }

  @Test
  void aSoftBudgetAllowsAndWarns() {
    try (BudgetGuard guard = guard(Requests.globalDaily("0.0001", Enforcement.SOFT))) {
      guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), HELLO);
      guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), HELLO);
      assertThat(member(guard, "global-daily", "(all)").reservedUsd()).isEqualTo("0.000124");
      assertThat(events).containsExactly(new GuardEvent.SoftLimitExceeded("global-daily", "(all)",
          new BigDecimal("0.0001"), new BigDecimal("0.000000"), new BigDecimal("0.000062"),
          new BigDecimal("0.000062")));
      assertThat(guard.metrics().softExceeded()).isEqualTo(1);
    }
  }

  @Test
  void anExpiredReservationIsCountedAndItsLateSettlementStillSpent() throws Exception {
    try (BudgetGuard guard = BudgetGuard.create(redis.config()
        .budgets(List.of(Requests.globalDaily("1.00", Enforcement.HARD)))
        .reservationTtl(java.time.Duration.ofMillis(200)).build())) {
      Reservation r = guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), HELLO);
      Thread.sleep(400);
      LiveBudget expired = member(guard, "global-daily", "(all)");
      assertThat(expired.reservedUsd()).isEqualTo("0.000000");
      assertThat(expired.expired()).isEqualTo(1);
      r.settle(Requests.openAiUsage(8, 40));
      LiveBudget late = member(guard, "global-daily", "(all)");
      assertThat(late.spentUsd()).isEqualTo("0.000025");
      assertThat(late.reservedUsd()).isEqualTo("0.000000");
      assertThat(late.late()).isEqualTo(1);
    }
  }
}

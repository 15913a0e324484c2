package io.llmspend.client;

import io.llmspend.core.live.BudgetCalendar;
import io.llmspend.core.live.LiveBudget;
import io.llmspend.core.live.LiveBudgets;
import static io.llmspend.client.Requests.HELLO;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetPeriod;
import io.llmspend.core.budget.BudgetScope;
import io.llmspend.core.budget.Enforcement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * correct.lua: the nightly job rebases a live member on the true spend through its report day;
 * later days keep their live spend, and the same correction run twice changes nothing.
 */
class CorrectScriptTest {
  private static final Duration MARGIN = Duration.ofDays(3650); // the calls are in the past
  private static final BudgetCalendar CALENDAR = new BudgetCalendar(ZoneOffset.UTC,
      DayOfWeek.MONDAY, Month.JANUARY, MARGIN);
  private final TestRedis redis = new TestRedis();
  private final Budget month = Requests.budget("monthly", BudgetScope.GLOBAL, Budget.ALL,
      BudgetPeriod.MONTH, "1.00", Enforcement.HARD);

  @AfterEach
  void cleanUp() {
    redis.close();
  }

  private void call(String instant, long output) {
    try (BudgetGuard guard = BudgetGuard.create(redis.config().budgets(List.of(month))
        .expiryMargin(MARGIN).clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
        .build())) {
      guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), HELLO)
          .settle(Requests.openAiUsage(8, output));
    }
  }

  @Test
  void rebasesOnTheTrueSpendAndKeepsLaterDays() {
    call("2026-11-10T12:00:00Z", 40);  // 8 x 0.15 + 40 x 0.60 = 25.2 -> 25 micro-dollars
    call("2026-11-11T12:00:00Z", 100); // 8 x 0.15 + 100 x 0.60 = 61.2 -> 61
    RedisLink link = new RedisLink(TestRedis.URI, Duration.ofSeconds(5), Duration.ofSeconds(5));
    try (LiveBudgets live = new LiveBudgets(link, redis.keys, CALENDAR, link)) {
      Instant nov11 = Instant.parse("2026-11-11T18:00:00Z");
      assertThat(live.read(List.of(month), nov11).get(0).spentUsd()).isEqualTo("0.000086");

      // the nightly run for 10 November found 30 (another application spent 5): drift -5
      LocalDate nov10 = LocalDate.parse("2026-11-10");
      assertThat(live.correct(month, Budget.ALL, nov10, new BigDecimal("0.000030")))
          .isEqualTo("-0.000005");
      LiveBudget corrected = live.read(List.of(month), nov11).get(0);
      assertThat(corrected.spentUsd()).isEqualTo("0.000091"); // 30 + 61 on the 11th
      assertThat(corrected.correctionUsd()).isEqualTo("0.000005");
      assertThat(corrected.correctedThrough()).isEqualTo(nov10);

      // run again: no drift, nothing changes
      assertThat(live.correct(month, Budget.ALL, nov10, new BigDecimal("0.000030")))
          .isEqualTo("0.000000");
      assertThat(live.read(List.of(month), nov11).get(0).spentUsd()).isEqualTo("0.000091");

      // the next night: 100 true through the 11th; the guard believed 91: drift -9
      assertThat(live.correct(month, Budget.ALL, LocalDate.parse("2026-11-11"),
          new BigDecimal("0.000100"))).isEqualTo("-0.000009");
      assertThat(live.read(List.of(month), nov11).get(0).spentUsd()).isEqualTo("0.000100");
    }
  }
}

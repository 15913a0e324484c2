package io.llmspend.client;

import static io.llmspend.client.Requests.HELLO;
import static io.llmspend.client.Requests.budget;
import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetPeriod;
import io.llmspend.core.budget.BudgetScope;
import io.llmspend.core.budget.Enforcement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Day, week (from Monday), month and quarter periods in Europe/Berlin across both daylight-saving
 * changes of 2026 (29 March 02:00 CET to 03:00 CEST: a 23-hour day; 25 October 03:00 CEST to
 * 02:00 CET: a 25-hour day): which period a call's instant falls in, and that each key expires at
 * the period's end in Berlin plus the margin. Calls are in the past, so the margin is ten years
 * here (a key whose expiry has passed would be gone at once).
 */
class PeriodKeysTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Duration MARGIN = Duration.ofDays(3650);
  private static final List<Budget> BUDGETS = List.of(
      budget("d", BudgetScope.GLOBAL, Budget.ALL, BudgetPeriod.DAY, "1", Enforcement.HARD),
      budget("w", BudgetScope.GLOBAL, Budget.ALL, BudgetPeriod.WEEK, "1", Enforcement.HARD),
      budget("m", BudgetScope.GLOBAL, Budget.ALL, BudgetPeriod.MONTH, "1", Enforcement.HARD),
      budget("q", BudgetScope.GLOBAL, Budget.ALL, BudgetPeriod.QUARTER, "1", Enforcement.HARD));
  private final TestRedis redis = new TestRedis();

  @AfterEach
  void cleanUp() {
    redis.close();
  }

  @ParameterizedTest(name = "{0}: {1} period starts {2}, ends {3}")
  @CsvSource({
      // 23:59:59 CET on Saturday 28 March: the day ends at midnight CET
      "2026-03-28T22:59:59Z, d, 2026-03-28, 2026-03-28T23:00:00Z",
      // 00:30 CET on Sunday 29 March: a 23-hour day, ends at midnight CEST
      "2026-03-28T23:30:00Z, d, 2026-03-29, 2026-03-29T22:00:00Z",
      "2026-03-28T23:30:00Z, w, 2026-03-23, 2026-03-29T22:00:00Z",
      "2026-03-28T23:30:00Z, m, 2026-03-01, 2026-03-31T22:00:00Z",
      "2026-03-28T23:30:00Z, q, 2026-01-01, 2026-03-31T22:00:00Z",
      // 03:30 CEST on 29 March, after the change: the same day
      "2026-03-29T01:30:00Z, d, 2026-03-29, 2026-03-29T22:00:00Z",
      // 00:00 CEST on 1 April: the second quarter starts
      "2026-03-31T22:00:00Z, q, 2026-04-01, 2026-06-30T22:00:00Z",
      "2026-03-31T21:59:59Z, q, 2026-01-01, 2026-03-31T22:00:00Z",
      // 02:30 CEST and 02:30 CET on Sunday 25 October: one 25-hour day, ends at midnight CET
      "2026-10-25T00:30:00Z, d, 2026-10-25, 2026-10-25T23:00:00Z",
      "2026-10-25T01:30:00Z, d, 2026-10-25, 2026-10-25T23:00:00Z",
      "2026-10-25T01:30:00Z, w, 2026-10-19, 2026-10-25T23:00:00Z",
      "2026-10-25T01:30:00Z, m, 2026-10-01, 2026-10-31T23:00:00Z",
      "2026-10-25T01:30:00Z, q, 2026-10-01, 2026-12-31T23:00:00Z",
      // 00:00 CET on Monday 26 October: a new day and week
      "2026-10-25T23:00:00Z, d, 2026-10-26, 2026-10-26T23:00:00Z",
      "2026-10-25T23:00:00Z, w, 2026-10-26, 2026-11-01T23:00:00Z",
      // 23:59:59 CEST on 30 September: still the third quarter
      "2026-09-30T21:59:59Z, q, 2026-07-01, 2026-09-30T22:00:00Z"})
  void periodAndExpiry(String instant, String budget, String start, String end) {
    Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    try (BudgetGuard guard = BudgetGuard.create(redis.config().budgets(BUDGETS)
        .timeZone(BERLIN).expiryMargin(MARGIN).clock(clock).build())) {
      guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), HELLO);
      LocalDate first = LocalDate.parse(start);
      String key = redis.keys.budget(budget, first, Budget.ALL);
      assertThat(redis.redis().hget(key, "reserved")).isEqualTo("62");
      long expected = Instant.parse(end).plus(MARGIN).getEpochSecond();
      assertThat(redis.redis().expiretime(key)).isEqualTo(expected);
      assertThat(redis.redis().expiretime(redis.keys.open(budget, first, Budget.ALL)))
          .isEqualTo(expected);
      assertThat(redis.redis().expiretime(redis.keys.members(budget, first))).isEqualTo(expected);
    }
  }

  @Test
  void keysAreGoneAtThePeriodEndPlusTheMargin() throws Exception {
    // yesterday noon in Berlin: yesterday's period ended at midnight; margin: until now + 10 s
    Instant now = Instant.now();
    LocalDate today = now.atZone(BERLIN).toLocalDate();
    Instant midnight = today.atStartOfDay(BERLIN).toInstant();
    Clock clock = Clock.fixed(today.minusDays(1).atTime(12, 0).atZone(BERLIN).toInstant(),
        ZoneOffset.UTC);
    Duration margin = Duration.between(midnight, now).plusSeconds(10);
    try (BudgetGuard guard = BudgetGuard.create(redis.config().budgets(BUDGETS.subList(0, 1))
        .timeZone(BERLIN).expiryMargin(margin).clock(clock).build())) {
      guard.reserve(CallInfo.of("openai", "gpt-4o-mini"), HELLO);
      String key = redis.keys.budget("d", today.minusDays(1), Budget.ALL);
      assertThat(redis.redis().exists(key)).isEqualTo(1);
      long expiry = midnight.plus(margin).getEpochSecond();
      assertThat(redis.redis().expiretime(key)).isEqualTo(expiry);
      Thread.sleep(Math.max(0, expiry * 1000 + 1000 - System.currentTimeMillis()));
      assertThat(redis.redis().exists(key)).isZero();
    }
  }
}

package io.llmspend.client;

import io.llmspend.core.budget.Budget;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The live budgets in Redis as the nightly job and the {@code llmspend budget status} command see
 * them: read each member's state, and correct a member to the true spend. Thread-safe.
 */
public final class LiveBudgets implements AutoCloseable {
  private final LiveScripts scripts;
  private final BudgetCalendar calendar;
  private final RedisLink ownLink;

  LiveBudgets(LiveScripts scripts, BudgetCalendar calendar) {
    this(scripts, calendar, null);
  }

  private LiveBudgets(LiveScripts scripts, BudgetCalendar calendar, RedisLink ownLink) {
    this.scripts = scripts;
    this.calendar = calendar;
    this.ownLink = ownLink;
  }

  /** Connects to the live budgets at {@code redisUri} under {@code keys}. */
  public static LiveBudgets connect(String redisUri, BudgetKeys keys, BudgetCalendar calendar,
      Duration timeout) {
    RedisLink link = new RedisLink(redisUri, timeout, timeout);
    return new LiveBudgets(new LiveScripts(link, keys), calendar, link);
  }

  /**
   * Every member of {@code budgets} in the period holding {@code now}: the named member (zeros
   * when it has no live spend), or every member seen for {@code "*"} budgets; expired
   * reservations are released first.
   *
   * @throws io.lettuce.core.RedisException when Redis is unavailable
   */
  public List<LiveBudget> read(List<Budget> budgets, Instant now) {
    LocalDate day = calendar.day(now);
    List<LiveBudget> out = new ArrayList<>();
    for (Budget b : budgets) {
      LocalDate start = calendar.periodStart(b.period(), day);
      List<String> members = Budget.EACH.equals(b.member())
          ? scripts.members(b.name(), start) : List.of(label(b));
      if (!members.isEmpty()) {
        List<Object> v = scripts.status(b.name(), start, members);
        for (int i = 0; i < members.size(); i++) {
          out.add(state(b, members.get(i), start, v.subList(8 * i, 8 * i + 8)));
        }
      }
    }
    return out;
  }

  /**
   * Rebases a member on the true spend of its period through {@code day} (the nightly report
   * date): live spend on later days is kept.
   *
   * @param member the label as in the nightly {@code budget_status}
   * @param trueSpentUsd the spend from the period's first day through {@code day}
   * @return the drift: what the live counter held through {@code day} minus the true spend
   * @throws io.lettuce.core.RedisException when Redis is unavailable
   */
  public BigDecimal correct(Budget budget, String member, LocalDate day, BigDecimal trueSpentUsd) {
    LocalDate start = calendar.periodStart(budget.period(), day);
    long truth = Micros.round(trueSpentUsd);
    List<Object> r = scripts.correct(budget.name(), start, member, day, truth,
        calendar.expireAt(budget.period(), start));
    return Micros.usd((Long) r.get(0) - truth);
  }

  @Override
  public void close() {
    if (ownLink != null) {
      ownLink.close();
    }
  }

  private static String label(Budget b) {
    return b.tagKey() == null ? b.member() : b.tagKey() + "=" + b.member();
  }

  private static LiveBudget state(Budget b, String member, LocalDate start, List<Object> v) {
    long spent = (Long) v.get(0);
    long correction = (Long) v.get(1);
    String through = (String) v.get(7);
    return new LiveBudget(b.name(), member, b.enforcement().key(), start,
        b.period().end(start), b.limitUsd(), Micros.usd(spent + correction),
        Micros.usd((Long) v.get(2)), (Long) v.get(3), (Long) v.get(4), (Long) v.get(6),
        Micros.usd(correction), through.isEmpty() ? null : LocalDate.parse(through));
  }
}

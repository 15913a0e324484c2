package io.llmspend.core.live;

import io.llmspend.core.budget.Budget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The live budgets in Redis as the guard's status, the nightly job and the {@code llmspend budget
 * status} command see them: read each member's state, and correct a member to the true spend.
 * Thread-safe when its {@link ScriptRunner} is.
 */
public final class LiveBudgets implements AutoCloseable {
  private final ScriptRunner redis;
  private final BudgetKeys keys;
  private final BudgetCalendar calendar;
  private final AutoCloseable owned;

  /**
   * @param owned what {@link #close} closes (the runner's connection), or {@code null}
   */
  public LiveBudgets(ScriptRunner redis, BudgetKeys keys, BudgetCalendar calendar,
      AutoCloseable owned) {
    this.redis = redis;
    this.keys = keys;
    this.calendar = calendar;
    this.owned = owned;
  }

  /**
   * Every member of {@code budgets} in the period holding {@code now}: the named member (zeros
   * when it has no live spend), or every member seen for {@code "*"} budgets; expired
   * reservations are released first.
   *
   * @throws RuntimeException (the runner's) when Redis is unavailable
   */
  public List<LiveBudget> read(List<Budget> budgets, Instant now) {
    LocalDate day = calendar.day(now);
    List<LiveBudget> out = new ArrayList<>();
    for (Budget b : budgets) {
      LocalDate start = calendar.periodStart(b.period(), day);
      List<String> members = Budget.EACH.equals(b.member())
          ? redis.members(keys.members(b.name(), start)).stream().sorted().toList()
          : List.of(label(b));
      if (!members.isEmpty()) {
        List<Object> v = status(b.name(), start, members);
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
   * @throws RuntimeException (the runner's) when Redis is unavailable
   */
  public BigDecimal correct(Budget budget, String member, LocalDate day, BigDecimal trueSpentUsd) {
    LocalDate start = calendar.periodStart(budget.period(), day);
    long truth = Micros.round(trueSpentUsd);
    List<Object> r = redis.run(LiveScript.CORRECT,
        new String[] {keys.budget(budget.name(), start, member),
            keys.members(budget.name(), start)},
        day.toString(), Long.toString(truth),
        Long.toString(calendar.expireAt(budget.period(), start)), member);
    return Micros.usd((Long) r.get(0) - truth);
  }

  /** {@link LiveScript#STATUS}: 8 values per member (see the script). */
  private List<Object> status(String budget, LocalDate start, List<String> members) {
    List<String> k = new ArrayList<>();
    for (String member : members) {
      k.add(keys.budget(budget, start, member));
      k.add(keys.open(budget, start, member));
    }
    return redis.run(LiveScript.STATUS, k.toArray(String[]::new));
  }

  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close the live budgets' connection", e);
      }
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

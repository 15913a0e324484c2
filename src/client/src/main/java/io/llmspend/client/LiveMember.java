package io.llmspend.client;

import io.llmspend.core.live.BudgetCalendar;
import io.llmspend.core.live.Micros;
import io.llmspend.core.budget.Budget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One budget member a call counts against, in the period holding the call's day: its keys and
 * figures for the scripts.
 *
 * @param budget the budget
 * @param member the member label as the nightly job's {@code budget_status} shows it ({@code
 *     key=value} for tags)
 * @param periodStart the first day of the period
 * @param limitMicros the limit, rounded down
 * @param expireAt when the period's keys expire (Unix seconds)
 */
record LiveMember(Budget budget, String member, LocalDate periodStart, long limitMicros,
    long expireAt) {

  /** What a missing team or function counts as, as in the nightly job's attribution. */
  static final String UNTAGGED = "(untagged)";
  /** What a missing user, API key or tag counts as. */
  static final String NONE = "(none)";

  /**
   * The members of {@code budgets} that {@code call} counts against on {@code day}.
   *
   * @param priceModel the price-book model of the call, or {@code null} (model budgets then
   *     match the model as requested, as the nightly job's {@code report_model})
   */
  static List<LiveMember> of(List<Budget> budgets, CallInfo call, String priceModel,
      LocalDate day, BudgetCalendar calendar) {
    List<LiveMember> members = new ArrayList<>();
    for (Budget b : budgets) {
      String value = value(b, call, priceModel);
      if (Budget.EACH.equals(b.member()) || b.member().equals(value)) {
        LocalDate start = calendar.periodStart(b.period(), day);
        String label = b.tagKey() == null ? value : b.tagKey() + "=" + value;
        members.add(new LiveMember(b, label, start, Micros.floor(b.limitUsd()),
            calendar.expireAt(b.period(), start)));
      }
    }
    return members;
  }

  private static String value(Budget b, CallInfo call, String priceModel) {
    return switch (b.scope()) {
      case GLOBAL -> Budget.ALL;
      case TEAM -> orElse(call.team(), UNTAGGED);
      case FUNCTION -> orElse(call.function(), UNTAGGED);
      case USER -> orElse(call.user(), NONE);
      case MODEL -> orElse(priceModel, call.model());
      case API_KEY -> orElse(call.apiKeyId(), NONE);
      case TAG -> orElse(call.tags().get(b.tagKey()), NONE);
    };
  }

  private static String orElse(String value, String otherwise) {
    return value == null ? otherwise : value;
  }

  boolean hard() {
    return budget.enforcement() == io.llmspend.core.budget.Enforcement.HARD;
  }
}

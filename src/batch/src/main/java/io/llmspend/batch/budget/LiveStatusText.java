package io.llmspend.batch.budget;

import io.llmspend.core.live.LiveBudget;
import io.llmspend.core.budget.Budget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The text of {@code llmspend budget status}: one line per budget member, USD to 6 decimals. */
final class LiveStatusText {
  private static final String ROW = "%-24s %-20s %-23s %12s %12s %12s %12s %5s %8s %s%n";

  private LiveStatusText() {}

  static String of(Instant now, String redis, String prefix, ZoneId zone, List<Budget> budgets,
      List<LiveBudget> members) {
    StringBuilder out = new StringBuilder();
    out.append("Live budgets at ").append(now).append(" (Redis ").append(redis)
        .append(", key prefix ").append(prefix).append(", time zone ").append(zone)
        .append(")\n");
    if (budgets.isEmpty()) {
      return out.append("No budgets.\n").toString();
    }
    out.append(String.format(ROW, "budget", "member", "period", "limit", "spent", "reserved",
        "remaining", "open", "expired", "corrected through"));
    for (LiveBudget m : members) {
      out.append(String.format(ROW, m.budget(), m.member(),
          m.periodStart() + ".." + m.periodEnd(), usd(m.limitUsd()), usd(m.spentUsd()),
          usd(m.reservedUsd()), usd(m.remainingUsd()), m.openReservations(), m.expired(),
          m.correctedThrough() == null ? "-" : m.correctedThrough()));
    }
    for (Budget b : budgets) {
      if (members.stream().noneMatch(m -> m.budget().equals(b.name()))) {
        out.append(b.name()).append(": no live member in the current period\n");
      }
    }
    return out.toString();
  }

  private static String usd(BigDecimal v) {
    return v.setScale(6, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}

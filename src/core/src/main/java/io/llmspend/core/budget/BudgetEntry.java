package io.llmspend.core.budget;

import java.math.BigDecimal;
import java.util.List;

/** One budget as written in the YAML file, before validation. */
record BudgetEntry(String name, String scope, String member, String period, BigDecimal limitUsd,
    List<Integer> thresholds, String enforcement, String owner) {

  /** @throws IllegalArgumentException with the reason, when the entry is not a valid budget */
  Budget toBudget(int line) {
    BudgetScope parsedScope = BudgetScope.parse(required(scope, "scope"));
    String value = member;
    String tagKey = null;
    if (parsedScope == BudgetScope.GLOBAL) {
      value = member == null ? Budget.ALL : member;
    } else if (parsedScope == BudgetScope.TAG) {
      int eq = required(member, "member").indexOf('=');
      if (eq <= 0 || eq == member.length() - 1) {
        throw new IllegalArgumentException(
            "a tag budget's member is key=value or key=*: " + member);
      }
      tagKey = member.substring(0, eq);
      value = member.substring(eq + 1);
    }
    return new Budget(name, parsedScope, value, tagKey,
        BudgetPeriod.parse(required(period, "period")), required(limitUsd, "limit-usd"),
        thresholds == null ? Budget.DEFAULT_THRESHOLDS : thresholds,
        enforcement == null ? Enforcement.SOFT : Enforcement.parse(enforcement), owner, line);
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }
}

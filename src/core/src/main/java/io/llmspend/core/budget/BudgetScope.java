package io.llmspend.core.budget;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a budget counts: all spend ({@code global}) or the spend of one attribution column. Values
 * are matched against {@code calls_attributed} (after attribution rules; missing values are
 * {@code (untagged)} for team and function, {@code (none)} for user and API key).
 */
public enum BudgetScope {
  /** All spend; the only member is {@code (all)}. */
  GLOBAL,
  TEAM,
  FUNCTION,
  USER,
  /** The price-book model ({@code report_model}), else the model as logged. */
  MODEL,
  API_KEY,
  /** One key of the call's {@code tags} object; the member is {@code key=value}. */
  TAG;

  /** The name used in {@code jobs/budgets.yml} and in the tables: {@code api_key}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the allowed values */
  static BudgetScope parse(String text) {
    return Arrays.stream(values()).filter(s -> s.key().equals(text)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("scope must be one of "
            + Arrays.stream(values()).map(BudgetScope::key).collect(Collectors.joining(", "))
            + ": " + text));
  }
}

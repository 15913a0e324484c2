package io.llmspend.core.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One budget of {@code jobs/budgets.yml} (see docs/budgets.md).
 *
 * @param name unique name, not blank
 * @param scope what the budget counts
 * @param member the scope value, or {@link #EACH} for every member separately; {@link #ALL} for
 *     {@code global}; for {@code tag}, the tag's value (or {@link #EACH})
 * @param tagKey the tag key for {@code tag} budgets, else {@code null}
 * @param period the calendar period the limit applies to
 * @param limitUsd the limit in USD, more than zero
 * @param thresholds alert thresholds in percent of the limit (1 to 1000), ascending, distinct
 * @param enforcement hard or soft
 * @param owner who answers for it (free text), or {@code null}
 * @param line the line of the budget in its file (1-based), 0 when not from a file
 */
public record Budget(String name, BudgetScope scope, String member, String tagKey,
    BudgetPeriod period, BigDecimal limitUsd, List<Integer> thresholds, Enforcement enforcement,
    String owner, int line) {

  /** The member of a {@code *} budget: each member separately. */
  public static final String EACH = "*";
  /** The one member of a {@code global} budget. */
  public static final String ALL = "(all)";
  /** Thresholds when a budget gives none: 50%, 80%, 100%. */
  public static final List<Integer> DEFAULT_THRESHOLDS = List.of(50, 80, 100);
  private static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9_.-]+");

  /** @throws IllegalArgumentException with the reason, when a field is missing or invalid */
  public Budget {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    Objects.requireNonNull(scope, "scope is required");
    Objects.requireNonNull(period, "period is required");
    Objects.requireNonNull(enforcement, "enforcement is required");
    checkMember(scope, member, tagKey);
    if (limitUsd == null || limitUsd.signum() <= 0) {
      throw new IllegalArgumentException("limit-usd must be more than 0: " + limitUsd);
    }
    thresholds = List.copyOf(thresholds);
    checkThresholds(thresholds);
  }

  private static void checkMember(BudgetScope scope, String member, String tagKey) {
    if (scope == BudgetScope.GLOBAL && !ALL.equals(member)) {
      throw new IllegalArgumentException("a global budget has no member: " + member);
    }
    if (member == null || member.isBlank()) {
      throw new IllegalArgumentException("member is required for scope " + scope.key()
          + " (a value, or \"*\" for each member separately)");
    }
    if ((scope == BudgetScope.TAG) != (tagKey != null)) {
      throw new IllegalArgumentException("only a tag budget has a tag key");
    }
    if (tagKey != null && !TAG_KEY.matcher(tagKey).matches()) {
      throw new IllegalArgumentException("tag key must match [A-Za-z0-9_.-]+: " + tagKey);
    }
  }

  private static void checkThresholds(List<Integer> thresholds) {
    if (thresholds.isEmpty()) {
      throw new IllegalArgumentException("thresholds must not be empty");
    }
    for (int i = 0; i < thresholds.size(); i++) {
      int t = thresholds.get(i);
      if (t < 1 || t > 1000) {
        throw new IllegalArgumentException("thresholds must be 1 to 1000 percent: " + t);
      }
      if (i > 0 && t <= thresholds.get(i - 1)) {
        throw new IllegalArgumentException("thresholds must be ascending and distinct: "
            + thresholds);
      }
    }
  }

  /** The member as shown in reports: the value, {@code *}, or {@code key=value} for tags. */
  public String memberLabel() {
    return tagKey == null ? member : tagKey + "=" + member;
  }
}

package io.llmspend.core.live;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Redis key scheme of live budgets, defined once for the guard and the nightly job. Every key
 * starts with the hash tag {@code {prefix}}, so in a Redis Cluster all of them live in one slot
 * and one script can touch several budgets. Per budget, period and member:
 *
 * <ul>
 *   <li>{@code {prefix}:budget:<budget>:<period start>:<member>}: a hash of micro-dollar
 *       integers: {@code spent} (settled), {@code reserved} (open reservations), {@code
 *       correction} (set by the nightly job), {@code d:<yyyy-mm-dd>} (settled per day), and the
 *       counters {@code expired}, {@code expired_micros}, {@code late}, {@code unreserved};
 *   <li>{@code {prefix}:open:<budget>:<period start>:<member>}: the open reservations, a sorted
 *       set of {@code <id>:<micros>} scored by their deadline (Redis time, ms);
 *   <li>{@code {prefix}:members:<budget>:<period start>}: the members seen in the period.
 * </ul>
 *
 * @param prefix the key prefix, not blank and without braces (a run of tests uses its own)
 */
public record BudgetKeys(String prefix) {

  /** The default prefix. */
  public static final String DEFAULT_PREFIX = "llmspend";

  public BudgetKeys {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isBlank() || prefix.contains("{") || prefix.contains("}")) {
      throw new IllegalArgumentException("key prefix must be non-blank, without braces: "
          + prefix);
    }
  }

  /** The budget hash of a member in the period starting on {@code start}. */
  public String budget(String budget, LocalDate start, String member) {
    return tag() + ":budget:" + budget + ":" + start + ":" + member;
  }

  /** The open reservations of a member in the period starting on {@code start}. */
  public String open(String budget, LocalDate start, String member) {
    return tag() + ":open:" + budget + ":" + start + ":" + member;
  }

  /** The members seen in the period starting on {@code start}. */
  public String members(String budget, LocalDate start) {
    return tag() + ":members:" + budget + ":" + start;
  }

  /** A pattern matching every key of this prefix, for SCAN (tests clean up with it). */
  public String pattern() {
    return tag() + ":*";
  }

  private String tag() {
    return "{" + prefix + "}";
  }
}

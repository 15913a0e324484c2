package io.llmspend.client;

import io.llmspend.core.live.BudgetKeys;
import io.llmspend.core.live.BudgetCalendar;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetFile;
import io.llmspend.core.budget.BudgetProperties;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.tokenize.TokenizeProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The guard's configuration, immutable, built once:
 *
 * <pre>{@code
 * GuardConfig config = GuardConfig.builder()
 *     .redisUri("redis://127.0.0.1:6379")
 *     .budgetsFile(Path.of("jobs/budgets.yml"))          // the nightly job's budgets
 *     .timeZone(ZoneId.of("Europe/Berlin"))              // the nightly job's llmspend.time-zone
 *     .unavailablePolicy("research-monthly", UnavailablePolicy.FAIL_CLOSED)
 *     .build();
 * }</pre>
 *
 * @param redisUri the Redis URI (default {@code redis://127.0.0.1:6379})
 * @param keys the key scheme and its prefix (default {@code llmspend})
 * @param budgets the budgets, as in {@code jobs/budgets.yml}
 * @param calendar time zone, weeks, quarters and key expiry margin
 * @param reservationTtl how long a reservation lives unsettled before it expires (default 10
 *     minutes: longer than the longest call)
 * @param redisTimeout the command timeout (default 250 ms)
 * @param redisConnectTimeout the timeout of connecting (default 2 s); while a connect is under
 *     way or failed less than a second ago, calls follow the {@link UnavailablePolicy} at once
 * @param defaultMaxOutputTokens the output reservation of a request that sets no maximum,
 *     capped at the model's output limit (default 4096)
 * @param unavailablePolicy what to do when Redis is unavailable (default fail-open)
 * @param budgetPolicies per-budget overrides of {@code unavailablePolicy}, by budget name
 * @param tokenize the token counter's settings (the nightly job's {@code llmspend.tokenize})
 * @param pricing the price book (the nightly job's {@code llmspend.pricing})
 * @param listeners who receives {@link GuardEvent}s
 * @param clock the clock of call timestamps and periods (tests set it)
 */
public record GuardConfig(String redisUri, BudgetKeys keys, List<Budget> budgets,
    BudgetCalendar calendar, Duration reservationTtl, Duration redisTimeout,
    Duration redisConnectTimeout, long defaultMaxOutputTokens, UnavailablePolicy unavailablePolicy,
    Map<String, UnavailablePolicy> budgetPolicies, TokenizeProperties tokenize,
    PricingProperties pricing, List<GuardListener> listeners, Clock clock) {

  public GuardConfig {
    Objects.requireNonNull(redisUri, "redisUri");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(unavailablePolicy, "unavailablePolicy");
    Objects.requireNonNull(tokenize, "tokenize");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(clock, "clock");
    budgets = List.copyOf(budgets);
    budgetPolicies = Map.copyOf(budgetPolicies);
    listeners = List.copyOf(listeners);
    if (reservationTtl.isNegative() || reservationTtl.isZero() || redisTimeout.isNegative()
        || redisTimeout.isZero() || redisConnectTimeout.isNegative()
        || redisConnectTimeout.isZero() || defaultMaxOutputTokens < 0) {
      throw new IllegalArgumentException("reservation TTL and Redis timeout must be positive,"
          + " the default output reservation not negative");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The policy of a budget: its override, else the global one. */
  UnavailablePolicy policy(String budget) {
    return budgetPolicies.getOrDefault(budget, unavailablePolicy);
  }

  /** Builds a {@link GuardConfig}; not thread-safe. */
  public static final class Builder {
    private String redisUri = "redis://127.0.0.1:6379";
    private String keyPrefix = BudgetKeys.DEFAULT_PREFIX;
    private List<Budget> budgets = List.of();
    private ZoneId zone = ZoneId.of("UTC");
    private BudgetProperties budgetProperties = BudgetProperties.defaults();
    private Duration expiryMargin = BudgetCalendar.DEFAULT_MARGIN;
    private Duration reservationTtl = Duration.ofMinutes(10);
    private Duration redisTimeout = Duration.ofMillis(250);
    private Duration redisConnectTimeout = Duration.ofSeconds(2);
    private long defaultMaxOutputTokens = 4096;
    private UnavailablePolicy policy = UnavailablePolicy.FAIL_OPEN;
    private final Map<String, UnavailablePolicy> budgetPolicies = new HashMap<>();
    private TokenizeProperties tokenize = TokenizeProperties.defaults();
    private PricingProperties pricing = PricingProperties.defaults();
    private final List<GuardListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    public Builder redisUri(String uri) { this.redisUri = uri; return this; }

    public Builder keyPrefix(String prefix) { this.keyPrefix = prefix; return this; }

    public Builder budgets(List<Budget> budgets) { this.budgets = budgets; return this; }

    /**
     * Reads the budgets file ({@link BudgetFile#readRequired}).
     *
     * @throws io.llmspend.core.InvalidInputException when the file is missing or invalid: a
     *     mistyped path must not leave the guard enforcing nothing
     */
    public Builder budgetsFile(Path file) { return budgets(BudgetFile.readRequired(file)); }

    public Builder timeZone(ZoneId zone) { this.zone = zone; return this; }

    /** Weeks' first day and quarters' first month, as {@code llmspend.budget.*}. */
    public Builder budgetProperties(BudgetProperties p) { this.budgetProperties = p; return this; }

    public Builder expiryMargin(Duration margin) { this.expiryMargin = margin; return this; }

    public Builder reservationTtl(Duration ttl) { this.reservationTtl = ttl; return this; }

    public Builder redisTimeout(Duration timeout) { this.redisTimeout = timeout; return this; }

    public Builder redisConnectTimeout(Duration timeout) {
      this.redisConnectTimeout = timeout;
      return this;
    }

    public Builder defaultMaxOutputTokens(long tokens) {
      this.defaultMaxOutputTokens = tokens;
      return this;
    }

    public Builder unavailablePolicy(UnavailablePolicy p) { this.policy = p; return this; }

    public Builder unavailablePolicy(String budget, UnavailablePolicy p) {
      budgetPolicies.put(budget, p);
      return this;
    }

    public Builder tokenize(TokenizeProperties t) { this.tokenize = t; return this; }

    public Builder pricing(PricingProperties p) { this.pricing = p; return this; }

    public Builder listener(GuardListener l) { listeners.add(l); return this; }

    public Builder clock(Clock clock) { this.clock = clock; return this; }

    public GuardConfig build() {
      BudgetCalendar calendar = new BudgetCalendar(zone, budgetProperties.firstDayOfWeek(),
          budgetProperties.fiscalYearStartMonth(), expiryMargin);
      return new GuardConfig(redisUri, new BudgetKeys(keyPrefix), budgets, calendar,
          reservationTtl, redisTimeout, redisConnectTimeout, defaultMaxOutputTokens, policy, budgetPolicies,
          tokenize, pricing, listeners, clock);
    }
  }
}

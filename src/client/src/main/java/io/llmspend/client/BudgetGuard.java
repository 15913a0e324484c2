package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.RedisException;
import io.llmspend.core.estimate.CostEstimator;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.live.LiveBudget;
import io.llmspend.core.live.LiveBudgets;
import io.llmspend.core.live.Micros;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.requestlog.NormalizedUsage;
import io.llmspend.core.requestlog.UsageNormalizer;
import io.llmspend.core.tokenize.TokenCounter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The live budget guard: before a call, {@link #reserve} counts the request's tokens, estimates
 * its cost (input plus the output cap, at list price) and reserves it atomically on every budget
 * that applies, or refuses; after the call, the {@link Reservation} is settled with the actual
 * cost. Money in Redis is integer micro-dollars.
 *
 * <pre>{@code
 * try (BudgetGuard guard = BudgetGuard.create(config)) {
 *   Reservation r = guard.reserve(CallInfo.of("openai", "gpt-4o-mini")
 *       .withFunction("support-chat"), requestJson);   // throws BudgetExceededException
 *   JsonNode response = send(requestJson);
 *   r.settle(response);                                  // the correction
 * }
 * }</pre>
 *
 * <p>Thread-safe: one guard per application, shared by all threads. It holds one Redis
 * connection; {@link #close} releases it.
 */
public final class BudgetGuard implements AutoCloseable {
  private final GuardConfig config;
  private final RedisLink link;
  private final LiveScripts scripts;
  private final TokenCounter counter;
  private final CallPricer pricer;
  private final OutputLimits limits = OutputLimits.shipped();
  private final UsageNormalizer normalizer = new UsageNormalizer();
  private final GuardMetrics metrics = new GuardMetrics();
  private final GuardOutcomes outcomes;

  private BudgetGuard(GuardConfig config) {
    this.config = config;
    this.counter = new TokenCounter(config.tokenize());
    this.pricer = config.pricing().pricer(config.pricing().readPriceBook());
    this.link = new RedisLink(config.redisUri(), config.redisTimeout(),
        config.redisConnectTimeout());
    this.scripts = new LiveScripts(link, config.keys());
    this.outcomes = new GuardOutcomes(config, metrics);
  }

  /**
   * Creates the guard. Redis is connected on first use, so an application starts while Redis is
   * away (its calls then follow the {@link UnavailablePolicy}).
   *
   * @throws io.llmspend.core.pricing.PriceBookException when the price book is invalid
   */
  public static BudgetGuard create(GuardConfig config) {
    return new BudgetGuard(config);
  }

  /**
   * Reserves a call's estimate on every budget that applies to it, all or none, atomically.
   *
   * @param call who makes the call and to which model
   * @param request the provider-native request body (OpenAI chat or Responses, Anthropic
   *     messages, Gemini), or {@code null} (then only the output cap is estimated)
   * @return the reservation to settle or release
   * @throws BudgetExceededException when a hard budget would go over its limit
   * @throws BudgetUnavailableException when Redis is unavailable and a budget fails closed
   * @throws IllegalArgumentException when the request body is not a readable request
   */
  public Reservation reserve(CallInfo call, JsonNode request) {
    CallInfo resolved = resolve(call);
    Instant at = config.clock().instant();
    CallEstimate estimate = CallEstimate.of(counter, pricer, limits,
        config.defaultMaxOutputTokens(), resolved.provider(), resolved, request, at);
    List<LiveMember> members = LiveMember.of(config.budgets(), resolved, estimate.priceModel(),
        config.calendar().day(at), config.calendar());
    String id = Ids.next();
    if (!estimate.priced()) {
      outcomes.unpriced(resolved.model(), estimate.unpricedReason());
      return new Reservation(this, id, resolved, at, estimate, members, false);
    }
    if (members.isEmpty()) {
      return new Reservation(this, id, resolved, at, estimate, members, false);
    }
    long amount = Micros.ceil(estimate.costUsd());
    try {
      LiveScripts.Reserved r = scripts.reserve(id, amount,
          config.reservationTtl().toMillis(), members);
      outcomes.reserved(r, members, amount);
      return new Reservation(this, id, resolved, at, estimate, members, true);
    } catch (RedisException e) {
      outcomes.unavailable(members, e);
      return new Reservation(this, id, resolved, at, estimate, members, false);
    }
  }

  /** The live state of every budget and member in the current period (see {@link LiveBudgets}). */
  public List<LiveBudget> status() {
    return new LiveBudgets(link, config.keys(), config.calendar(), null).read(config.budgets(),
        config.clock().instant());
  }

  public GuardMetrics metrics() {
    return metrics;
  }

  public GuardConfig config() {
    return config;
  }

  @Override
  public void close() {
    link.close();
  }

  Settlement settle(Reservation r, TokenUsage usage, String reportedTier) {
    CallInfo call = r.call();
    String tier = reportedTier != null ? reportedTier : call.serviceTier();
    boolean batch = call.batch() || "batch".equals(tier);
    CallCost cost = pricer.price(call.provider(), call.model(), null, r.timestamp(), usage,
        batch, tier);
    long micros = cost.priced() ? Micros.round(cost.totalUsd()) : 0;
    charge(r, micros);
    metrics.settled.increment();
    return new Settlement(usage, tier, cost.totalUsd(), micros, cost.unpricedReason());
  }

  void release(Reservation r) {
    if (r.reserved()) {
      charge(r, 0);
    }
    metrics.released.increment();
  }

  private void charge(Reservation r, long micros) {
    if (r.members().isEmpty() || (!r.reserved() && micros == 0)) {
      return;
    }
    long amount = r.reserved() ? Micros.ceil(r.estimateUsd()) : 0;
    try {
      scripts.settle(r.reserved() ? r.id() : null, amount, micros,
          config.calendar().day(r.timestamp()), r.members());
    } catch (RedisException e) {
      outcomes.settleFailed(e);
    }
  }

  /**
   * The usage of a response, empty when it carries none.
   *
   * @throws IllegalArgumentException when its usage is not readable
   */
  java.util.Optional<NormalizedUsage> normalize(String provider, JsonNode response) {
    try {
      return normalizer.normalize(provider, response);
    } catch (BadRecordException e) {
      throw new IllegalArgumentException("unreadable usage: " + e.getMessage(), e);
    }
  }

  /** Tokens of a text, as the nightly job counts them for the model (no chat framing). */
  long countText(String model, String text) {
    return counter.countText(model, text);
  }

  /** @throws IllegalArgumentException when the response carries no readable usage */
  NormalizedUsage usageOf(String provider, JsonNode response) {
    try {
      return normalizer.normalize(provider, response)
          .orElseThrow(() -> new IllegalArgumentException("the response carries no usage"));
    } catch (BadRecordException e) {
      throw new IllegalArgumentException("unreadable usage: " + e.getMessage(), e);
    }
  }

  private static CallInfo resolve(CallInfo call) {
    String provider = call.provider() != null ? call.provider().toLowerCase(Locale.ROOT)
        : CostEstimator.providerOf(call.model());
    CallInfo resolved = new CallInfo(provider, call.model(), call.function(), call.team(),
        call.user(), call.apiKeyId(), call.project(), call.tags(), call.batch(),
        call.serviceTier());
    return call.function() != null ? resolved : resolved.withFunction(LlmFunctions.current());
  }
}

package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.requestlog.NormalizedUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call's reservation on every budget that applies to it. End it exactly once: {@link
 * #settle} after the provider answered (a billed failure too, with what the provider billed), or
 * {@link #release} when the call was never sent or not billed. A reservation never ended (the
 * process died) expires after the configured TTL and is counted as expired. Thread-safe.
 */
public final class Reservation {
  private final BudgetGuard guard;
  private final String id;
  private final CallInfo call;
  private final Instant timestamp;
  private final CallEstimate estimate;
  private final List<LiveMember> members;
  private final boolean reserved;
  private final AtomicBoolean ended = new AtomicBoolean();

  Reservation(BudgetGuard guard, String id, CallInfo call, Instant timestamp,
      CallEstimate estimate, List<LiveMember> members, boolean reserved) {
    this.guard = guard;
    this.id = id;
    this.call = call;
    this.timestamp = timestamp;
    this.estimate = estimate;
    this.members = List.copyOf(members);
    this.reserved = reserved;
  }

  /**
   * Replaces the reservation by the cost of the usage in a provider response.
   *
   * @param response the response body, or an object holding its {@code usage} ({@code
   *     usageMetadata} for Gemini), as the request log holds it
   * @throws IllegalArgumentException when the response carries no readable usage
   * @throws IllegalStateException when the reservation already ended
   */
  public Settlement settle(JsonNode response) {
    NormalizedUsage usage = guard.usageOf(call.provider(), response);
    return settle(usage.usage(), usage.serviceTier());
  }

  /**
   * Replaces the reservation by the cost of {@code usage}.
   *
   * @param serviceTier the tier the provider reported, or {@code null}: the requested one
   * @throws IllegalStateException when the reservation already ended
   */
  public Settlement settle(TokenUsage usage, String serviceTier) {
    end();
    return guard.settle(this, usage, serviceTier);
  }

  /**
   * Gives the reservation back: the call was never sent, or was not billed.
   *
   * @throws IllegalStateException when the reservation already ended
   */
  public void release() {
    end();
    guard.release(this);
  }

  /** Whether {@link #settle} or {@link #release} ran. */
  public boolean ended() {
    return ended.get();
  }

  private void end() {
    if (!ended.compareAndSet(false, true)) {
      throw new IllegalStateException("reservation " + id + " already ended");
    }
  }

  /** The reservation's id (random, 128 bits, hex). */
  public String id() {
    return id;
  }

  /** The call, with its provider and function filled in. */
  public CallInfo call() {
    return call;
  }

  /** When the call was reserved: the request-log line's timestamp and the pricing instant. */
  public Instant timestamp() {
    return timestamp;
  }

  /** The reserved estimate in USD (exact), or {@code null} when the model is unpriced. */
  public BigDecimal estimateUsd() {
    return estimate.costUsd();
  }

  /** The output tokens the estimate reserved. */
  public long maxOutputTokens() {
    return estimate.maxOutputTokens();
  }

  /** The counted input tokens of the request. */
  public long inputTokens() {
    return estimate.inputTokens();
  }

  /** The budgets and members the call counts against, as {@code budget/member}. */
  public List<String> budgets() {
    return members.stream().map(m -> m.budget().name() + "/" + m.member()).toList();
  }

  CallEstimate estimate() {
    return estimate;
  }

  List<LiveMember> members() {
    return members;
  }

  /** False when nothing is held in Redis (Redis was unavailable, or the model is unpriced). */
  boolean reserved() {
    return reserved;
  }
}

package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.requestlog.NormalizedUsage;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call between {@link CallTracker#start} and its end. End it once: {@link #finish} with the
 * response (or its usage), {@link #fail} when the provider answered with an error and billed
 * nothing, or {@link #finishStream} after feeding a stream's chunks to {@link #chunk}. {@link
 * #close} ends a call that was not ended: a stream that received chunks is settled from the
 * re-count of what was received plus the input and marked {@code usage_source:
 * stream_cut_recount}; a call that received nothing is released and recorded with status 499
 * (not billed). Every end writes one request-log line.
 *
 * <p>{@link #chunk} is not thread-safe (one stream, one reader); ending is.
 */
public final class TrackedCall implements AutoCloseable {
  /** The status recorded for a call closed without an answer. */
  public static final int NO_ANSWER = 499;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final CallTracker tracker;
  private final Reservation reservation;
  private final JsonNode request;
  private final long startNanos;
  private final AtomicBoolean ended = new AtomicBoolean();
  private StreamAccumulator stream;
  private volatile boolean cutShort;

  TrackedCall(CallTracker tracker, Reservation reservation, JsonNode request, long startNanos) {
    this.tracker = tracker;
    this.reservation = reservation;
    this.request = request;
    this.startNanos = startNanos;
  }

  /**
   * Settles with the usage in the response and records the call (status 200).
   *
   * @param response the provider response body (or an object holding its {@code usage}); when it
   *     has no usage the call is settled from the input re-count alone, as the nightly job prices
   *     a line without usage
   */
  public Settlement finish(JsonNode response) {
    return finish(response, 200);
  }

  /**
   * Settles with the usage in the response and records the call with {@code status}; an error
   * status without usage is not billed (released, as the nightly job counts it).
   */
  public Settlement finish(JsonNode response, int status) {
    end();
    Optional<NormalizedUsage> usage = usageOf(response);
    if (usage.isPresent()) {
      NormalizedUsage u = usage.get();
      Settlement s = reservation.settle(u.usage(), u.serviceTier());
      record(RequestLine.idOf(response), RequestLine.usageHolder(response), u.serviceTier(),
          status, null);
      return s;
    }
    return noUsage(RequestLine.idOf(response), status);
  }

  /**
   * Settles with usage the caller read from its client's own response type (the adapters do),
   * recorded in the provider's usage shape.
   *
   * @param requestId the provider's response id, or {@code null}
   * @param serviceTier the tier the provider reported, or {@code null}
   * @throws IllegalArgumentException when the provider's usage shape cannot hold the usage
   *     (cache writes for Gemini); the call is then still open
   */
  public Settlement finish(TokenUsage usage, String requestId, String serviceTier) {
    JsonNode holder = UsageJson.response(reservation.call().provider(), usage); // may refuse
    end();
    Settlement s = reservation.settle(usage, serviceTier);
    record(requestId, holder, serviceTier, 200, null);
    return s;
  }

  /** The provider answered {@code status} and billed nothing: released and recorded. */
  public void fail(int status) {
    end();
    reservation.release();
    record(null, null, null, status, null);
  }

  /** One chunk of a streamed response (an SSE event's JSON data), in order. */
  public void chunk(JsonNode chunk) {
    if (stream == null) {
      stream = new StreamAccumulator();
    }
    stream.accept(chunk);
  }

  /**
   * Text received from a stream whose chunks the caller reads itself (the adapters do): kept for
   * the re-count if the stream is cut short.
   */
  public void received(String text) {
    if (stream == null) {
      stream = new StreamAccumulator();
    }
    stream.received(text);
  }

  /**
   * Ends a stream: settled from the final chunk's usage, or, when the stream ended before it,
   * from the re-count of what was received plus the input ({@link #cutShort()}).
   */
  public Settlement finishStream() {
    end();
    StreamAccumulator s = stream != null ? stream : new StreamAccumulator();
    JsonNode usage = s.finalUsage();
    if (usage != null) {
      Optional<NormalizedUsage> read = usageOf(JSON.objectNode().set("usage", usage));
      if (read.isEmpty()) {
        return cut(s);
      }
      NormalizedUsage u = read.get();
      String tier = u.serviceTier() != null ? u.serviceTier() : s.tier();
      Settlement settled = reservation.settle(u.usage(), tier);
      ObjectNode holder =
          JSON.objectNode();
      holder.set("usage", usage);
      record(s.id(), holder, tier, 200, null);
      return settled;
    }
    return cut(s);
  }

  private Settlement cut(StreamAccumulator s) {
    cutShort = true;
    long output = tracker.guard().countText(reservation.call().model(), s.text());
    TokenUsage input = TokenUsage.ofInput(reservation.inputTokens());
    if (s.partialUsage() != null) {
      input = usageOf(JSON.objectNode().set("usage", s.partialUsage()))
          .map(NormalizedUsage::usage).orElse(input);
    }
    TokenUsage usage = new TokenUsage(input.uncachedInputTokens(), input.cachedInputTokens(),
        input.cacheWrite5mTokens(), input.cacheWrite1hTokens(), output, 0);
    Settlement settled = reservation.settle(usage, s.tier());
    record(s.id(), UsageJson.response(reservation.call().provider(), usage), s.tier(), 200,
        RequestLine.STREAM_CUT);
    return settled;
  }

  /**
   * The usage of a response; empty when it has none or it is unreadable (negative counts...):
   * such a call is settled and logged without usage, as the nightly job prices a line without
   * usage (its re-count), rather than not at all.
   */
  private Optional<NormalizedUsage> usageOf(JsonNode holder) {
    try {
      return tracker.guard().normalize(reservation.call().provider(), holder);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Settlement noUsage(String requestId, int status) {
    if (status >= 400) {
      reservation.release();
      record(requestId, null, null, status, null);
      return new Settlement(TokenUsage.ZERO, reservation.call().serviceTier(), BigDecimal.ZERO, 0,
          null);
    }
    Settlement s = reservation.settle(TokenUsage.ofInput(reservation.inputTokens()), null);
    record(requestId, null, null, status, null);
    return s;
  }

  /** Ends a call not ended yet: see the class comment. */
  @Override
  public void close() {
    if (ended.get()) {
      return;
    }
    if (stream != null && stream.chunks() > 0) {
      finishStream();
    } else {
      try {
        fail(NO_ANSWER);
      } catch (IllegalStateException e) {
        // ended concurrently
      }
    }
  }

  /** Whether the call was settled from a re-count because its stream was cut short. */
  public boolean cutShort() {
    return cutShort;
  }

  public Reservation reservation() {
    return reservation;
  }

  private void end() {
    if (!ended.compareAndSet(false, true)) {
      throw new IllegalStateException("call " + reservation.id() + " already ended");
    }
  }

  private void record(String requestId, JsonNode response, String tier, int status,
      String usageSource) {
    long latencyMs = (System.nanoTime() - startNanos) / 1_000_000;
    tracker.writer().record(RequestLine.of(reservation, request, requestId, response, tier,
        status, latencyMs, usageSource));
  }
}

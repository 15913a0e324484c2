package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.tokenize.MaxOutputTokens;
import io.llmspend.core.tokenize.TokenCounter;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The estimate a reservation holds: the request's input tokens, counted with the nightly job's
 * {@link TokenCounter}, at the model's input rate, plus the output cap at its output rate, from
 * the nightly job's price book, for the call's batch flag and service tier.
 *
 * @param priceModel the price-book model, or {@code null} when unknown
 * @param inputTokens the counted input tokens (0 without a request body)
 * @param maxOutputTokens the request's {@code max_tokens} / {@code max_completion_tokens} /
 *     {@code max_output_tokens}, else the configured default capped at the model's limit
 * @param costUsd the estimate in USD, or {@code null} when the model is unpriced
 * @param unpricedReason why it is unpriced, or {@code null}
 */
record CallEstimate(String priceModel, long inputTokens, long maxOutputTokens,
    BigDecimal costUsd, String unpricedReason) {

  boolean priced() {
    return costUsd != null;
  }

  /**
   * @param provider the provider, lower-case
   * @throws IllegalArgumentException when the request body is not a readable request
   */
  static CallEstimate of(TokenCounter counter, CallPricer pricer, OutputLimits limits,
      long defaultMaxOutput, String provider, CallInfo call, JsonNode request, Instant at) {
    long input = input(counter, provider, call.model(), request);
    CallCost inputCost = pricer.price(provider, call.model(), null, at, TokenUsage.ofInput(input),
        call.batch(), call.serviceTier());
    Long asked = maxOutput(request);
    long maxOutput = asked != null ? asked
        : limits.reservation(inputCost.priceModel(), defaultMaxOutput);
    if (!inputCost.priced()) {
      return new CallEstimate(inputCost.priceModel(), input, maxOutput, null,
          inputCost.unpricedReason());
    }
    CallCost cost = pricer.price(provider, call.model(), null, at,
        new TokenUsage(input, 0, 0, 0, maxOutput, 0), call.batch(), call.serviceTier());
    return new CallEstimate(cost.priceModel(), input, maxOutput, cost.totalUsd(),
        cost.unpricedReason());
  }

  /** The request's own output reservation; one out of range is not a readable request. */
  private static Long maxOutput(JsonNode request) {
    try {
      return MaxOutputTokens.of(request);
    } catch (BadRecordException e) {
      throw new IllegalArgumentException("request body not readable: " + e.getMessage(), e);
    }
  }

  private static long input(TokenCounter counter, String provider, String model,
      JsonNode request) {
    if (request == null || request.isNull()) {
      return 0;
    }
    try {
      return counter.countRequest(provider, model, request).totalTokens();
    } catch (BadRecordException e) {
      throw new IllegalArgumentException("request body not readable: " + e.getMessage(), e);
    }
  }
}

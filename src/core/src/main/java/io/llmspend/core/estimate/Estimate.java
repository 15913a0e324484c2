package io.llmspend.core.estimate;

import io.llmspend.core.tokenize.InputSplit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The estimate of one request before it is sent: its input tokens (split as the nightly job
 * splits them) and its cost range in USD, from the input alone (the output may be 0 tokens) to
 * the input plus {@code maxOutputTokens} of output.
 *
 * @param model the model as given
 * @param priceModel the price-book model it resolved to, or {@code null}
 * @param input input tokens: system, tools, history, user message, total
 * @param maxOutputTokens the output reservation in tokens, or {@code null} when neither the
 *     caller nor the request sets one
 * @param priced whether the price book has a price for the model at the estimate's instant
 * @param unpricedReason why not, or {@code null}
 * @param inputCostUsd the input at the plain input rate (no cache assumed), or {@code null} when
 *     unpriced
 * @param maxCostUsd input plus {@code maxOutputTokens} at the output rate; {@code null} when
 *     unpriced or the max output is unknown
 */
public record Estimate(String model, String priceModel, InputSplit input, Long maxOutputTokens,
    boolean priced, String unpricedReason, BigDecimal inputCostUsd, BigDecimal maxCostUsd) {

  public Estimate {
    Objects.requireNonNull(input, "input");
  }
}

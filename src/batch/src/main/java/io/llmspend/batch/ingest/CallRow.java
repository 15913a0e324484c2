package io.llmspend.batch.ingest;

import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.requestlog.ParsedCall;
import io.llmspend.core.tokenize.InputSplit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One call, counted and priced, as loaded into the {@code calls} table (see
 * {@code docs/data-model.md}).
 *
 * @param call the parsed record
 * @param day the call's calendar day in the configured time zone
 * @param usage the token counts billed: the provider's usage, else the re-count
 * @param costSource {@code provider_usage}, {@code recount}, {@code not_billed} (an error
 *     status and no usage: no tokens billed) or {@code response_cache_hit} (a gateway's response
 *     cache answered: no tokens billed)
 * @param split the re-count of the request body, or {@code null} when the log has none
 * @param cost the cost (amounts {@code null} when unpriced)
 * @param avoidedUsd for a response-cache hit, what the logged usage would have cost (a saving
 *     realized), {@code null} otherwise or when that is unknown
 */
record CallRow(
    ParsedCall call, LocalDate day, TokenUsage usage, String costSource, InputSplit split,
    CallCost cost, BigDecimal avoidedUsd) implements IngestedRecord {

  static final String PROVIDER_USAGE = "provider_usage";
  static final String RECOUNT = "recount";
  static final String NOT_BILLED = "not_billed";
  static final String RESPONSE_CACHE_HIT = "response_cache_hit";
  private static final int USD_SCALE = 12;

  /** The usage notes joined by {@code "; "}, or {@code null} without any. */
  String usageNotes() {
    return call.usage() == null || call.usage().notes().isEmpty()
        ? null : String.join("; ", call.usage().notes());
  }

  @Override
  public String sourceFile() {
    return call.sourceFile();
  }

  @Override
  public long sourceLine() {
    return call.sourceLine();
  }

  /**
   * The share of the call's input spend that one part of the re-counted input accounts for:
   * input USD x part tokens / re-counted tokens, at 12 decimals (half-even). {@code null} when
   * the call is unpriced or was not re-counted.
   */
  BigDecimal inputShareUsd(int partTokens) {
    if (!cost.priced() || split == null || split.totalTokens() == 0) {
      return null;
    }
    return cost.inputUsd().multiply(BigDecimal.valueOf(partTokens))
        .divide(BigDecimal.valueOf(split.totalTokens()), USD_SCALE, RoundingMode.HALF_EVEN);
  }
}

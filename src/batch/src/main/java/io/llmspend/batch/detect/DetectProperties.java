package io.llmspend.batch.detect;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Waste-detection thresholds ({@code llmspend.detect}; defaults here and in application.yml).
 *
 * @param repeatWindowHours a request repeated within this many hours of the previous identical
 *     one is a repeat (default 24)
 * @param cacheLifetimeMinutes the prompt-cache lifetime assumed for uncached prefixes: 5
 *     (default) or 60 (Anthropic 1-hour cache, written at 2x input instead of 1.25x)
 * @param systemPromptMaxTokens system prompts at least this long are flagged (default 2,000)
 * @param systemPromptMaxShare system prompts at least this share of the function's input spend
 *     are flagged, 0..1 (default 0.5)
 * @param rightSizeMaxOutputP95 right-sizing candidates have output p95 at most this many tokens
 *     (default 300)
 * @param rightSizeMaxInputP95 ... and input p95 at most this many tokens (default 2,000)
 * @param rightSizeMaxTools ... and at most this many tool definitions per call (default 2)
 * @param maxTokensRatio max_tokens at least this many times the output p99 is over-reserved
 *     (default 4)
 * @param maxTokensMinGap ... when it also exceeds the p99 by this many tokens (default 1,000)
 * @param retryMinAttempts this many calls of the same request, with errors, are a retry storm
 *     (default 3)
 * @param retryWindowMinutes ... when each comes within this many minutes of the previous
 *     (default 10)
 * @param batchFunctions functions that are not interactive (their calls could wait for a batch
 *     API), besides calls tagged {@code "interactive": "false"} (default none)
 * @param historyMinShare functions whose earlier turns are at least this share of the re-counted
 *     input are flagged, 0..1 (default 0.5)
 * @param historyKeepTokens history tokens kept when truncating or summarizing (default 2,000)
 * @param nearDuplicateMaxLines two functions' system prompts differing by at most this many lines
 *     are near-duplicates (default 5)
 * @param systemPromptTargetPercentile when a long system prompt has no shorter version of its
 *     own this month, the target it is shortened to is this percentile of the other functions'
 *     system prompts, 0..1 (default 0.75)
 * @param minEvidenceCalls a finding is a recommendation only when it rests on at least this many
 *     calls (default 20) ...
 * @param minEvidenceDays ... on at least this many days (default 2) ...
 * @param minEvidenceUsdPerMonth ... and saves at least this many USD per month on its own
 *     (default 1.00; findings that claim no savings by design, confidence info, are exempt);
 *     the others stay in recommendations.csv with confidence low
 */
@ConfigurationProperties(prefix = "llmspend.detect")
public record DetectProperties(
    Integer repeatWindowHours,
    Integer cacheLifetimeMinutes,
    Integer systemPromptMaxTokens,
    BigDecimal systemPromptMaxShare,
    Integer rightSizeMaxOutputP95,
    Integer rightSizeMaxInputP95,
    Integer rightSizeMaxTools,
    Integer maxTokensRatio,
    Integer maxTokensMinGap,
    Integer retryMinAttempts,
    Integer retryWindowMinutes,
    List<String> batchFunctions,
    BigDecimal historyMinShare,
    Integer historyKeepTokens,
    Integer nearDuplicateMaxLines,
    BigDecimal systemPromptTargetPercentile,
    Integer minEvidenceCalls,
    Integer minEvidenceDays,
    BigDecimal minEvidenceUsdPerMonth) {

  /** @throws IllegalArgumentException for a negative value, a share above 1 or a lifetime not 5/60 */
  public DetectProperties {
    repeatWindowHours = or(repeatWindowHours, 24);
    cacheLifetimeMinutes = or(cacheLifetimeMinutes, 5);
    systemPromptMaxTokens = or(systemPromptMaxTokens, 2_000);
    systemPromptMaxShare = systemPromptMaxShare == null ? new BigDecimal("0.5") : systemPromptMaxShare;
    rightSizeMaxOutputP95 = or(rightSizeMaxOutputP95, 300);
    rightSizeMaxInputP95 = or(rightSizeMaxInputP95, 2_000);
    rightSizeMaxTools = or(rightSizeMaxTools, 2);
    maxTokensRatio = or(maxTokensRatio, 4);
    maxTokensMinGap = or(maxTokensMinGap, 1_000);
    retryMinAttempts = or(retryMinAttempts, 3);
    retryWindowMinutes = or(retryWindowMinutes, 10);
    batchFunctions = batchFunctions == null ? List.of() : List.copyOf(batchFunctions);
    historyMinShare = historyMinShare == null ? new BigDecimal("0.5") : historyMinShare;
    historyKeepTokens = or(historyKeepTokens, 2_000);
    nearDuplicateMaxLines = or(nearDuplicateMaxLines, 5);
    systemPromptTargetPercentile = systemPromptTargetPercentile == null
        ? new BigDecimal("0.75") : systemPromptTargetPercentile;
    minEvidenceCalls = or(minEvidenceCalls, 20);
    minEvidenceDays = or(minEvidenceDays, 2);
    minEvidenceUsdPerMonth = minEvidenceUsdPerMonth == null
        ? new BigDecimal("1.00") : minEvidenceUsdPerMonth;
    if (minEvidenceUsdPerMonth.signum() < 0) {
      throw new IllegalArgumentException("llmspend.detect values must not be negative");
    }
    if (cacheLifetimeMinutes != 5 && cacheLifetimeMinutes != 60) {
      throw new IllegalArgumentException("llmspend.detect.cache-lifetime-minutes must be 5 or 60");
    }
    if (!share(systemPromptMaxShare) || !share(historyMinShare)
        || !share(systemPromptTargetPercentile)) {
      throw new IllegalArgumentException("llmspend.detect shares must be between 0 and 1");
    }
  }

  /** The defaults. */
  static DetectProperties defaults() {
    return new DetectProperties(null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
  }

  private static Integer or(Integer value, int fallback) {
    Integer v = value == null ? fallback : value;
    if (v < 0) {
      throw new IllegalArgumentException("llmspend.detect values must not be negative");
    }
    return v;
  }

  private static boolean share(BigDecimal value) {
    return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
  }
}

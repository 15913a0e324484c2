package io.llmspend.batch.detect;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds the thresholds to {@code sql/params/detect_params.sql}, in its column order. */
final class DetectParams {

  private DetectParams() {}

  static void bind(PreparedStatement s, DetectProperties p) throws SQLException {
    s.setInt(1, p.repeatWindowHours());
    s.setInt(2, p.cacheLifetimeMinutes());
    s.setInt(3, p.systemPromptMaxTokens());
    s.setBigDecimal(4, p.systemPromptMaxShare());
    s.setInt(5, p.rightSizeMaxOutputP95());
    s.setInt(6, p.rightSizeMaxInputP95());
    s.setInt(7, p.rightSizeMaxTools());
    s.setInt(8, p.maxTokensRatio());
    s.setInt(9, p.maxTokensMinGap());
    s.setInt(10, p.retryMinAttempts());
    s.setInt(11, p.retryWindowMinutes());
    s.setString(12, String.join(",", p.batchFunctions()));
    s.setBigDecimal(13, p.historyMinShare());
    s.setInt(14, p.historyKeepTokens());
    s.setInt(15, p.nearDuplicateMaxLines());
    s.setBigDecimal(16, p.systemPromptTargetPercentile());
    s.setInt(17, p.minEvidenceCalls());
    s.setInt(18, p.minEvidenceDays());
    s.setBigDecimal(19, p.minEvidenceUsdPerMonth());
  }
}

package io.llmspend.batch.ingest;

import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.requestlog.Attribution;
import io.llmspend.core.requestlog.ParsedCall;
import io.llmspend.core.tokenize.InputSplit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/**
 * Appends rows in the column order of {@code sql/raw/calls.sql}, quarantine and prompts, as a
 * partition's tables hold them ({@code sql/partition/tables.sql}): calls and prompts end with the
 * file index (and prompts with the source line) that orders duplicates at the merge.
 */
final class CallAppender {
  private static final int USD_SCALE = 12;

  private CallAppender() {}

  static void appendCall(DuckDBAppender a, CallRow row, long runId, int fileIndex)
      throws SQLException {
    ParsedCall c = row.call();
    Attribution who = c.attribution();
    TokenUsage u = row.usage();
    InputSplit s = row.split();
    CallCost cost = row.cost();
    a.beginRow();
    text(a, c.key(), c.requestId());
    a.append(LocalDateTime.ofInstant(c.timestamp(), ZoneOffset.UTC)).append(row.day());
    text(a, c.provider(), c.model(), cost.priceModel(), c.deployment());
    text(a, who.team(), who.function(), who.user(), who.apiKeyId());
    text(a, who.project(), who.tagsJson());
    a.append(c.status());
    number(a, c.latencyMs());
    a.append(c.batch());
    text(a, c.serviceTier());
    a.append(u.inputTokens()).append(u.uncachedInputTokens()).append(u.cachedInputTokens());
    a.append(u.cacheWrite5mTokens()).append(u.cacheWrite1hTokens());
    a.append(u.outputTokens()).append(u.reasoningTokens());
    text(a, c.usage() == null ? null : c.usage().shape());
    appendSplit(a, s);
    number(a, c.maxOutputTokens());
    money(a, cost.uncachedInputUsd(), cost.cachedInputUsd());
    money(a, cost.cacheWriteUsd(), cost.outputUsd(), cost.totalUsd());
    if (s == null) {
      money(a, null, null, null, null);
    } else {
      money(a, row.inputShareUsd(s.systemTokens()), row.inputShareUsd(s.toolTokens()),
          row.inputShareUsd(s.historyTokens()), row.inputShareUsd(s.userMessageTokens()));
    }
    text(a, row.costSource());
    a.append(cost.priced());
    text(a, cost.unpricedReason());
    a.append(cost.longContext());
    text(a, c.sourceFile());
    a.append(c.sourceLine()).append(runId);
    text(a, c.requestHash(), s == null ? null : s.prefixHash());
    number(a, s == null ? null : (long) s.prefixTokens());
    integer(a, s == null ? null : s.toolCount());
    text(a, c.prefixBlockHashes());
    text(a, row.usageNotes());
    money(a, row.avoidedUsd());
    text(a, u.serverToolsText());
    money(a, cost.toolFeeUsd());
    a.append(fileIndex);
    a.endRow();
  }

  private static void appendSplit(DuckDBAppender a, InputSplit s) throws SQLException {
    if (s == null) {
      for (int i = 0; i < 8; i++) {
        a.appendNull();
      }
      return;
    }
    text(a, s.estimated() ? "estimated" : "exact", s.encoding());
    a.append((long) s.totalTokens()).append((long) s.systemTokens()).append((long) s.toolTokens());
    a.append((long) s.historyTokens()).append((long) s.userMessageTokens());
    text(a, s.systemPromptHash());
  }

  static void appendQuarantine(DuckDBAppender a, QuarantinedLine q, long runId)
      throws SQLException {
    a.beginRow();
    text(a, q.sourceFile());
    a.append(q.sourceLine());
    text(a, q.reason(), q.excerpt());
    a.append(runId);
    a.endRow();
  }

  static void appendSystemPrompt(DuckDBAppender a, CallRow row, int fileIndex)
      throws SQLException {
    InputSplit s = row.split();
    a.beginRow();
    text(a, s.systemPromptHash(), "system", s.systemPromptText());
    a.append((long) s.systemTokens());
    text(a, s.encoding());
    a.append(LocalDateTime.ofInstant(row.call().timestamp(), ZoneOffset.UTC));
    a.append(fileIndex).append(row.sourceLine());
    a.endRow();
  }

  private static void text(DuckDBAppender a, String... values) throws SQLException {
    for (String value : values) {
      if (value == null) {
        a.appendNull();
      } else {
        a.append(value);
      }
    }
  }

  private static void number(DuckDBAppender a, Long value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value.longValue());
    }
  }

  private static void integer(DuckDBAppender a, Integer value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value.intValue());
    }
  }

  /** Money at the scale of the DECIMAL(24, 12) columns (exact for rates of up to 6 decimals). */
  private static void money(DuckDBAppender a, BigDecimal... values) throws SQLException {
    for (BigDecimal value : values) {
      if (value == null) {
        a.appendNull();
      } else {
        a.append(value.setScale(USD_SCALE, RoundingMode.HALF_EVEN));
      }
    }
  }
}

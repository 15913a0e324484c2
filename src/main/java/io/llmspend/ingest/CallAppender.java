package io.llmspend.ingest;

import io.llmspend.pricing.CallCost;
import io.llmspend.pricing.TokenUsage;
import io.llmspend.tokenize.InputSplit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/** Appends rows in the column order of {@code sql/raw/calls.sql}, quarantine and prompts. */
final class CallAppender {
  private static final int USD_SCALE = 12;

  private CallAppender() {}

  static void appendCall(DuckDBAppender a, CallRow row, long runId) throws SQLException {
    ParsedCall c = row.call();
    Attribution who = c.attribution();
    TokenUsage u = row.usage();
    InputSplit s = row.split();
    CallCost cost = row.cost();
    a.beginRow();
    text(a, c.key()).text(a, c.requestId());
    a.append(LocalDateTime.ofInstant(c.timestamp(), ZoneOffset.UTC)).append(row.day());
    text(a, c.provider()).text(a, c.model()).text(a, cost.priceModel()).text(a, c.deployment());
    text(a, who.team()).text(a, who.function()).text(a, who.user()).text(a, who.apiKeyId());
    text(a, who.project()).text(a, who.tagsJson());
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
    money(a, cost.uncachedInputUsd()).money(a, cost.cachedInputUsd());
    money(a, cost.cacheWriteUsd()).money(a, cost.outputUsd()).money(a, cost.totalUsd());
    money(a, s == null ? null : row.inputShareUsd(s.systemTokens()));
    money(a, s == null ? null : row.inputShareUsd(s.toolTokens()));
    money(a, s == null ? null : row.inputShareUsd(s.historyTokens()));
    money(a, s == null ? null : row.inputShareUsd(s.userMessageTokens()));
    text(a, row.costSource());
    a.append(cost.priced());
    text(a, cost.unpricedReason());
    a.append(cost.longContext());
    text(a, c.sourceFile());
    a.append(c.sourceLine()).append(runId);
    text(a, c.requestHash()).text(a, s == null ? null : s.prefixHash());
    number(a, s == null ? null : (long) s.prefixTokens());
    if (s == null) {
      a.appendNull();
    } else {
      a.append(s.toolCount());
    }
    text(a, c.prefixBlockHashes());
    a.endRow();
  }

  private static void appendSplit(DuckDBAppender a, InputSplit s) throws SQLException {
    if (s == null) {
      for (int i = 0; i < 8; i++) {
        a.appendNull();
      }
      return;
    }
    text(a, s.estimated() ? "estimated" : "exact").text(a, s.encoding());
    a.append((long) s.totalTokens()).append((long) s.systemTokens()).append((long) s.toolTokens());
    a.append((long) s.historyTokens()).append((long) s.userMessageTokens());
    text(a, s.systemPromptHash());
  }

  static void appendQuarantine(DuckDBAppender a, QuarantinedLine q, long runId)
      throws SQLException {
    a.beginRow();
    text(a, q.sourceFile());
    a.append(q.sourceLine());
    text(a, q.reason()).text(a, q.excerpt());
    a.append(runId);
    a.endRow();
  }

  static void appendSystemPrompt(DuckDBAppender a, CallRow row) throws SQLException {
    InputSplit s = row.split();
    a.beginRow();
    text(a, s.systemPromptHash()).text(a, "system").text(a, s.systemPromptText());
    a.append((long) s.systemTokens());
    text(a, s.encoding());
    a.append(LocalDateTime.ofInstant(row.call().timestamp(), ZoneOffset.UTC));
    a.endRow();
  }

  private static Fluent text(DuckDBAppender a, String value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value);
    }
    return FLUENT;
  }

  private static void number(DuckDBAppender a, Long value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value.longValue());
    }
  }

  /** Money at the scale of the DECIMAL(24, 12) columns (exact for rates of up to 6 decimals). */
  private static Fluent money(DuckDBAppender a, BigDecimal value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value.setScale(USD_SCALE, RoundingMode.HALF_EVEN));
    }
    return FLUENT;
  }

  private static final Fluent FLUENT = new Fluent();

  /** Lets appends chain: {@code text(a, x).text(a, y)}. */
  private static final class Fluent {
    Fluent text(DuckDBAppender a, String value) throws SQLException {
      return CallAppender.text(a, value);
    }

    Fluent money(DuckDBAppender a, BigDecimal value) throws SQLException {
      return CallAppender.money(a, value);
    }
  }
}

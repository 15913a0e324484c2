package io.llmspend.batch.exports;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.CallPricer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Inserts a parsed file's buckets and cost lines, insert-if-absent. */
final class ExportRows {
  private ExportRows() {}

  /** @return rows inserted (the rest were already there) */
  static long insert(Connection c, String file, ParsedExport parsed, CallPricer pricer,
      long runId) throws SQLException {
    long loaded = 0;
    try (PreparedStatement usage = c.prepareStatement(DuckDbStore.sql("params", "provider_usage"));
        PreparedStatement cost = c.prepareStatement(DuckDbStore.sql("params", "provider_cost"))) {
      for (UsageBucket b : parsed.usage()) {
        bindUsage(usage, b, ExpectedCost.of(pricer, b), file, runId);
        loaded += usage.executeUpdate();
      }
      for (CostLine line : parsed.costs()) {
        bindCost(cost, line, ExpectedCost.priceModel(pricer, line), file, runId);
        loaded += cost.executeUpdate();
      }
    }
    return loaded;
  }

  private static void bindUsage(PreparedStatement s, UsageBucket b, ExpectedCost expected,
      String file, long runId) throws SQLException {
    Object[] values = {b.key(), b.provider(), utc(b).toLocalDate(), Timestamp.valueOf(utc(b)),
        b.end() == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(b.end(), ZoneOffset.UTC)),
        b.projectId(), b.userId(), b.apiKeyId(), b.model(), expected.priceModel(), b.batch(),
        b.serviceTier(), b.contextWindow(), b.requests(), b.usage().inputTokens(),
        b.usage().uncachedInputTokens(), b.usage().cachedInputTokens(),
        b.usage().cacheWrite5mTokens(), b.usage().cacheWrite1hTokens(),
        b.usage().outputTokens(), b.webSearchRequests(), expected.usd(), file, b.record(), runId};
    bind(s, values);
  }

  private static void bindCost(PreparedStatement s, CostLine l, String priceModel, String file,
      long runId) throws SQLException {
    Object[] values = {l.key(), l.provider(),
        LocalDateTime.ofInstant(l.start(), ZoneOffset.UTC).toLocalDate(), l.projectId(),
        l.apiKeyId(), l.model(), priceModel, l.costType(), l.tokenType(), l.lineItem(),
        l.serviceTier(), l.amountUsd(), file, l.record(), runId};
    bind(s, values);
  }

  private static LocalDateTime utc(UsageBucket b) {
    return LocalDateTime.ofInstant(b.start(), ZoneOffset.UTC);
  }

  private static void bind(PreparedStatement s, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }
}

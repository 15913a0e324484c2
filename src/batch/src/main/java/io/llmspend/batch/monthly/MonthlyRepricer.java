package io.llmspend.batch.monthly;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.TokenUsage;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Re-prices one month's calls ({@code monthly --reprice}) from their stored tokens with the
 * configured price book, each at its own timestamp, provider, model, deployment, batch and
 * service tier; then rebuilds the marts. Amounts in USD, exact.
 */
final class MonthlyRepricer {
  private final DuckDbStore store;
  private final CallPricer pricer;

  MonthlyRepricer(DuckDbStore store, CallPricer pricer) {
    this.store = store;
    this.pricer = pricer;
  }

  /**
   * The month's spend and unpriced calls in {@code calls}.
   *
   * @param spendUsd priced calls only, exact
   * @param unpriced calls with no price
   */
  record MonthSpend(BigDecimal spendUsd, long unpriced) {
    MonthSpend {
      if (spendUsd == null || unpriced < 0) {
        throw new IllegalArgumentException("spend and unpriced count are required");
      }
    }
  }

  MonthSpend spend(LocalDate monthStart) throws SQLException {
    try (PreparedStatement q = month(DuckDbStore.sql("params", "monthly_spend"), monthStart);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return new MonthSpend(rs.getBigDecimal("spend_usd"), rs.getLong("unpriced"));
    }
  }

  /** Re-prices the month's calls; @return how many calls were re-priced */
  long reprice(LocalDate monthStart) throws SQLException {
    store.execute("load", "monthly_reprice_clear");
    Map<String, CallCost> costs = new LinkedHashMap<>(); // read all first: one connection
    try (PreparedStatement q = month(DuckDbStore.sql("params", "monthly_reprice_calls"),
        monthStart);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        costs.put(rs.getString("call_key"), price(rs));
      }
    }
    try (PreparedStatement stage = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "monthly_reprice_stage"))) {
      for (Map.Entry<String, CallCost> e : costs.entrySet()) {
        stage(stage, e.getKey(), e.getValue());
        stage.addBatch();
      }
      stage.executeBatch();
    }
    store.execute("load", "monthly_reprice_apply");
    store.runLayer("marts");
    return costs.size();
  }

  private CallCost price(ResultSet rs) throws SQLException {
    TokenUsage usage = new TokenUsage(rs.getLong("uncached_input_tokens"),
        rs.getLong("cached_input_tokens"), rs.getLong("cache_write_5m_tokens"),
        rs.getLong("cache_write_1h_tokens"), rs.getLong("output_tokens"),
        rs.getLong("reasoning_tokens"),
        TokenUsage.parseServerTools(rs.getString("server_tool_requests")));
    LocalDateTime ts = rs.getObject("ts", LocalDateTime.class); // UTC, stored without a zone
    return pricer.price(rs.getString("provider"), rs.getString("model"),
        rs.getString("deployment"), ts.toInstant(ZoneOffset.UTC),
        usage, rs.getBoolean("batch"), rs.getString("service_tier"));
  }

  private static void stage(PreparedStatement s, String key, CallCost cost) throws SQLException {
    s.setString(1, key);
    s.setString(2, cost.priceModel());
    s.setBoolean(3, cost.priced());
    s.setString(4, cost.unpricedReason());
    BigDecimal[] amounts = {cost.uncachedInputUsd(), cost.cachedInputUsd(),
        cost.cacheWriteUsd(), cost.outputUsd(), cost.totalUsd()};
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] == null) {
        s.setNull(5 + i, Types.DECIMAL);
      } else {
        s.setBigDecimal(5 + i, amounts[i]);
      }
    }
    s.setBoolean(10, cost.longContext());
    if (cost.toolFeeUsd() == null) {
      s.setNull(11, Types.DECIMAL);
    } else {
      s.setBigDecimal(11, cost.toolFeeUsd());
    }
  }

  private PreparedStatement month(String sql, LocalDate monthStart) throws SQLException {
    PreparedStatement q = store.connection().prepareStatement(sql);
    q.setObject(1, monthStart);
    q.setObject(2, monthStart);
    return q;
  }
}

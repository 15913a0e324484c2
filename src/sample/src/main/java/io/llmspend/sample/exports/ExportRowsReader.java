package io.llmspend.sample.exports;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.TokenUsage;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the loaded calls as provider usage and cost rows ({@code sql/sample_exports}). */
final class ExportRowsReader {
  private ExportRowsReader() {}

  /** Usage of one grouping; {@code failed} is the part from calls that ended in a 5xx. */
  record Usage(LocalDate day, String provider, String model, String priceModel, String apiKey,
      boolean batch, String tier, long requests, TokenUsage usage, long failedRequests,
      TokenUsage failed) {}

  /** Cost of one model and day by class: input, cached input, cache write, output. */
  record Cost(LocalDate day, String provider, String model, String priceModel,
      BigDecimal[] amounts, boolean mostly1h, BigDecimal[] failed) {}

  static List<Usage> usage(DuckDbStore store) throws SQLException {
    return store.query("sample_exports", "usage_rows", rs -> {
      List<Usage> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(new Usage(rs.getObject("day", LocalDate.class), rs.getString("provider"),
            rs.getString("model"), rs.getString("price_model"), rs.getString("api_key_id"),
            rs.getBoolean("batch"), rs.getString("service_tier"), rs.getLong("requests"),
            tokens(rs, ""), rs.getLong("failed_requests"), tokens(rs, "failed_")));
      }
      return rows;
    });
  }

  static List<Cost> costs(DuckDbStore store) throws SQLException {
    return store.query("sample_exports", "cost_rows", rs -> {
      List<Cost> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(new Cost(rs.getObject("day", LocalDate.class), rs.getString("provider"),
            rs.getString("model"), rs.getString("price_model"), amounts(rs, ""),
            rs.getBoolean("mostly_1h"), amounts(rs, "failed_")));
      }
      return rows;
    });
  }

  private static TokenUsage tokens(ResultSet rs, String prefix) throws SQLException {
    return new TokenUsage(rs.getLong(prefix + "uncached"), rs.getLong(prefix + "cached"),
        rs.getLong(prefix + "write_5m"), rs.getLong(prefix + "write_1h"),
        rs.getLong(prefix + "output"), 0);
  }

  private static BigDecimal[] amounts(ResultSet rs, String prefix) throws SQLException {
    return new BigDecimal[] {rs.getBigDecimal(prefix + "input"),
        rs.getBigDecimal(prefix + "cached_input"), rs.getBigDecimal(prefix + "cache_write"),
        rs.getBigDecimal(prefix + "output")};
  }
}

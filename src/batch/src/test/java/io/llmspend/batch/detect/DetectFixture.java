package io.llmspend.batch.detect;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.PricingProperties;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small DuckDB store for detector tests: calls inserted by hand (only the columns a test sets,
 * the rest defaulted), the shipped price book, report date 2026-11-30 (30 days in November).
 */
final class DetectFixture implements AutoCloseable {
  static final String REPORT_DATE = "2026-11-30";
  final DuckDbStore store;
  private final DetectProperties properties;
  private int next = 1;

  DetectFixture(Path dir, DetectProperties properties) throws SQLException {
    this.store = DuckDbStore.open(dir.resolve("detect.duckdb"));
    this.properties = properties;
    store.runLayer("staging");
    try (Statement s = store.connection().createStatement()) {
      s.execute("create or replace table report_period as select date '" + REPORT_DATE
          + "' as report_date, date '2026-11-01' as month_start, cast(7 as bigint) as run_id");
    }
  }

  DetectFixture(Path dir) throws SQLException {
    this(dir, DetectProperties.defaults());
  }

  /**
   * A call with the given columns; defaults: status 200, standard tier, priced, 2026-11-30, day =
   * the UTC day of {@code ts}.
   */
  DetectFixture call(Map<String, Object> columns) throws SQLException {
    Map<String, Object> c = new LinkedHashMap<>();
    int n = next++;
    c.put("call_key", "k" + n);
    c.put("request_id", "req-" + n);
    c.put("ts", LocalDateTime.parse(REPORT_DATE + "T10:00:00"));
    c.put("provider", "openai");
    c.put("model", "gpt-4o");
    c.put("team", "t");
    c.put("function", "f");
    c.put("status", 200);
    c.put("batch", false);
    c.put("cost_source", "provider_usage");
    c.put("priced", true);
    c.put("long_context", false);
    for (String zero : List.of("input_tokens", "uncached_input_tokens", "cached_input_tokens",
        "cache_write_5m_tokens", "cache_write_1h_tokens", "output_tokens", "reasoning_tokens")) {
      c.put(zero, 0L);
    }
    c.putAll(columns);
    c.putIfAbsent("price_model", c.get("model"));
    c.putIfAbsent("day", ((LocalDateTime) c.get("ts")).toLocalDate());
    c.put("source_file", "f.jsonl");
    c.put("source_line", (long) n);
    c.put("run_id", 7L);
    insert(c);
    return this;
  }

  private void insert(Map<String, Object> c) throws SQLException {
    List<String> names = new ArrayList<>(c.keySet());
    String sql = "insert into calls (" + String.join(", ", names) + ") values ("
        + String.join(", ", names.stream().map(x -> "?").toList()) + ")";
    try (PreparedStatement s = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < names.size(); i++) {
        Object v = c.get(names.get(i));
        s.setObject(i + 1, v instanceof LocalDateTime t ? Timestamp.valueOf(t) : v);
      }
      s.execute();
    }
  }

  Detection detection() {
    return new Detection(store, PricingProperties.defaults().readPriceBook(), properties);
  }

  /** Prepares and runs one detector query; rows as column-name maps. */
  List<Map<String, Object>> detect(String detector) throws SQLException {
    detection().prepare();
    return rows(DuckDbStore.sql("detect", detector));
  }

  List<Map<String, Object>> rows(String sql) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          Object v = r.getObject(i);
          // sums come back as HUGEINT (BigInteger), counts as BIGINT: compare as long
          row.put(r.getMetaData().getColumnLabel(i),
              v instanceof java.math.BigInteger || v instanceof Integer
                  ? ((Number) v).longValue() : v);
        }
        out.add(row);
      }
    }
    return out;
  }

  /** The default thresholds with these batch functions. */
  static DetectProperties batchFunctions(String... functions) {
    return new DetectProperties(null, null, null, null, null, null, null, null, null, null, null,
        List.of(functions), null, null, null, null, null, null, null);
  }

  /** The default thresholds with these batch functions and this minimum evidence. */
  static DetectProperties evidence(int calls, int days, String usdPerMonth,
      String... batchFunctions) {
    return new DetectProperties(null, null, null, null, null, null, null, null, null, null, null,
        List.of(batchFunctions), null, null, null, null, calls, days, new BigDecimal(usdPerMonth));
  }

  /** recommendations.md as the detect step writes it with this fixture's thresholds. */
  RecommendationsMarkdown markdown() {
    return new RecommendationsMarkdown(store, properties);
  }

  static BigDecimal usd(String value) {
    return new BigDecimal(value);
  }

  @Override
  public void close() {
    store.close();
  }
}

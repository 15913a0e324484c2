package io.llmspend.batch.budget;

import io.llmspend.batch.store.DuckDbStore;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Reads {@code sql/budget/budget_inputs}, evaluates each row and inserts {@code budget_status}. */
final class StatusWriter {
  private final DuckDbStore store;

  StatusWriter(DuckDbStore store) {
    this.store = store;
  }

  StatusCounts write(long runId, LocalDate date) throws SQLException {
    try (PreparedStatement insert = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "budget_status"))) {
      long[] counts = new long[4];
      store.query("budget", "budget_inputs", rows -> {
        while (rows.next()) {
          Evaluation e = BudgetEvaluator.evaluate(inputs(rows, date));
          bind(insert, rows, e, runId, date);
          insert.addBatch();
          counts[0]++;
          counts[1] += Evaluation.WARNING.equals(e.status()) ? 1 : 0;
          boolean exceeded = Evaluation.EXCEEDED.equals(e.status());
          counts[2] += exceeded ? 1 : 0;
          counts[3] += exceeded && "hard".equals(rows.getString("enforcement")) ? 1 : 0;
        }
        return null;
      });
      insert.executeBatch();
      return new StatusCounts(counts[0], counts[1], counts[2], counts[3]);
    }
  }

  private static SpendInputs inputs(ResultSet r, LocalDate date) throws SQLException {
    List<Integer> thresholds = Arrays.stream(r.getString("thresholds").split(","))
        .map(Integer::valueOf).toList();
    return new SpendInputs(date, day(r, "period_start"), day(r, "period_end"),
        r.getBigDecimal("limit_usd"), thresholds, r.getBigDecimal("spent_usd"),
        day(r, "window_start"), r.getBigDecimal("window_weekday_usd"),
        r.getBigDecimal("window_weekend_usd"));
  }

  private static void bind(PreparedStatement s, ResultSet r, Evaluation e, long runId,
      LocalDate date) throws SQLException {
    s.setLong(1, runId);
    s.setDate(2, Date.valueOf(date));
    s.setString(3, r.getString("name"));
    s.setString(4, r.getString("scope"));
    s.setString(5, r.getString("member"));
    s.setString(6, r.getString("period"));
    s.setDate(7, Date.valueOf(day(r, "period_start")));
    s.setDate(8, Date.valueOf(day(r, "period_end")));
    s.setBigDecimal(9, r.getBigDecimal("limit_usd"));
    s.setBigDecimal(10, r.getBigDecimal("spent_usd"));
    s.setBigDecimal(11, e.remainingUsd());
    s.setBigDecimal(12, e.percentUsed());
    s.setString(13, e.status());
    setInteger(s, 14, e.thresholdReached());
    s.setString(15, r.getString("thresholds"));
    s.setBigDecimal(16, e.forecastUsd());
    s.setBigDecimal(17, e.forecastPercent());
    setDate(s, 18, e.projectedBreachDate());
    setDate(s, 19, r.getObject("exceeded_on", LocalDate.class));
    s.setString(20, r.getString("enforcement"));
    s.setString(21, r.getString("owner"));
    s.setLong(22, r.getLong("unpriced_calls"));
  }

  private static LocalDate day(ResultSet r, String column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  private static void setInteger(PreparedStatement s, int index, Integer value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, value);
    }
  }

  private static void setDate(PreparedStatement s, int index, LocalDate value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(value));
    }
  }
}

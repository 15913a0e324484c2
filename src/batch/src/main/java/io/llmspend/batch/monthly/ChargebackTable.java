package io.llmspend.batch.monthly;

import io.llmspend.batch.monthly.Chargeback.Line;
import io.llmspend.batch.store.DuckDbStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds {@code cost_centers} from the configured map and {@code monthly_chargeback} from the
 * month's spend ({@code monthly_period}), with {@link Chargeback}.
 */
final class ChargebackTable {
  private final DuckDbStore store;

  ChargebackTable(DuckDbStore store) {
    this.store = store;
  }

  void rebuild(MonthlyProperties properties) throws SQLException {
    store.execute("load", "monthly_clear");
    Connection connection = store.connection();
    try (PreparedStatement insert = connection.prepareStatement(
        DuckDbStore.sql("params", "cost_center"))) {
      for (Map.Entry<String, String> entry : properties.costCenters().entrySet()) {
        insert.setString(1, entry.getKey());
        insert.setString(2, entry.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<Line> direct = store.query("params", "monthly_cost_center_direct", rows -> {
      List<Line> lines = new ArrayList<>();
      while (rows.next()) {
        lines.add(new Line(rows.getString("cost_center"), rows.getString("teams"),
            rows.getBigDecimal("direct_usd"), BigDecimal.ZERO));
      }
      return lines;
    });
    BigDecimal untagged = store.query("params", "monthly_untagged", rows -> {
      rows.next();
      return rows.getBigDecimal(1);
    });
    save(Chargeback.allocate(direct, untagged, properties.untagged()));
  }

  private void save(List<Line> lines) throws SQLException {
    try (PreparedStatement insert = store.connection().prepareStatement(
        DuckDbStore.sql("params", "monthly_chargeback_line"))) {
      for (Line line : lines) {
        insert.setString(1, line.costCenter());
        insert.setString(2, line.teams());
        insert.setBigDecimal(3, line.directUsd());
        insert.setBigDecimal(4, line.allocatedUsd());
        insert.setBigDecimal(5, line.chargedUsd());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}

package io.llmspend.batch.estimate;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a budget's remaining amount from the last nightly run in a DuckDB store, read-only (it
 * fails while a nightly run holds the store). Plain JDBC: no Spring needed. Thread-safe
 * (each call opens and closes its own connection).
 */
public final class BudgetLookup {
  private final Path db;

  /** @param db the DuckDB store the nightly job writes ({@code --db}) */
  public BudgetLookup(Path db) {
    this.db = db;
  }

  /**
   * @param budget the budget name
   * @param member the member; {@code null} when the budget has exactly one ({@code global} or a
   *     named member)
   * @param today the day whose period is wanted (today in {@code llmspend.time-zone})
   * @return the member's status in the budget period containing {@code today}, at the last run
   *     that evaluated that period up to {@code today} (the latest report date, then the latest
   *     run of it), or empty when no run did or it has no such member; a run for a later day
   *     (a mistyped future {@code --date}) or another period is never read
   * @throws InvalidInputException when the store is missing, no nightly run evaluated a budget of
   *     that name, or {@code member} is null and the budget has several members
   * @throws SQLException when the store cannot be read
   */
  public Optional<BudgetRemaining> remaining(String budget, String member, LocalDate today)
      throws SQLException {
    if (!Files.isRegularFile(db)) {
      throw new InvalidInputException("no DuckDB store at " + db + ": run nightly first");
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(),
            readOnly);
        PreparedStatement query = c.prepareStatement(DuckDbStore.sql("params", "budget_lookup"))) {
      query.setString(1, budget);
      query.setString(2, member);
      query.setObject(3, today);
      List<BudgetRemaining> found = read(query);
      if (found.isEmpty()) {
        requireKnown(c, budget);
      }
      if (found.size() > 1) {
        throw new InvalidInputException("budget " + budget + " has " + found.size()
            + " members: pass --member");
      }
      return found.stream().findFirst();
    }
  }

  /** An unknown name (a typo) is an error naming the known ones, not "no status". */
  private void requireKnown(Connection c, String budget) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query = c.prepareStatement(DuckDbStore.sql("params", "budget_names"));
        ResultSet r = query.executeQuery()) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    if (!names.contains(budget)) {
      throw new InvalidInputException("no budget " + budget + " in " + db + " (its nightly runs"
          + " evaluated " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
    }
  }

  private static List<BudgetRemaining> read(PreparedStatement query) throws SQLException {
    List<BudgetRemaining> found = new ArrayList<>();
    try (ResultSet r = query.executeQuery()) {
      while (r.next()) {
        found.add(new BudgetRemaining(r.getString("budget"), r.getString("member"),
            r.getObject("report_date", LocalDate.class),
            r.getObject("period_start", LocalDate.class),
            r.getObject("period_end", LocalDate.class), r.getBigDecimal("limit_usd"),
            r.getBigDecimal("spent_usd"), r.getBigDecimal("remaining_usd"),
            r.getString("status"), r.getString("enforcement")));
      }
    }
    return found;
  }
}

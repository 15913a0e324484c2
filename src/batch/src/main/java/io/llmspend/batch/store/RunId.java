package io.llmspend.batch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The id of a run in the store ({@code run_id} of {@code calls}, {@code quarantine},
 * {@code runs}): numbered 1, 2, ... by the store on the run's first start, kept by its restarts.
 * A class, not a record, so the job-scoped bean can be proxied.
 */
public class RunId {
  private final long value;

  RunId(long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("a run id is positive: " + value);
    }
    this.value = value;
  }

  /** The id, positive. */
  public long value() {
    return value;
  }

  /**
   * The id of the run with {@code key}, numbering it if the store has not seen it.
   *
   * @param key the run's key (job parameter {@code run.key}), the same across restarts
   * @throws StoreException if the store fails
   */
  static RunId of(DuckDbStore store, String key) {
    try (PreparedStatement insert = store.connection()
            .prepareStatement(DuckDbStore.sql("params", "run_key"));
        PreparedStatement select = store.connection()
            .prepareStatement(DuckDbStore.sql("params", "run_id"))) {
      insert.setString(1, key);
      insert.execute();
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return new RunId(rs.getLong(1));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot number the run " + key + ": " + e.getMessage(), e);
    }
  }
}

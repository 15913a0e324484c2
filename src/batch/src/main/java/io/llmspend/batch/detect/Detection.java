package io.llmspend.batch.detect;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.StoreException;
import io.llmspend.core.pricing.PriceBook;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the detectors over the store: copies the price book in, writes the thresholds, builds the
 * {@code sql/detect_setup} layer, inserts what each {@code sql/detect/*.sql} query returns into
 * {@code detect_findings}, attributes their savings call by call ({@code sql/detect_totals}: each
 * call counted once in the total), then replaces the report date's rows of {@code recommendations}
 * ({@code sql/load/recommendations.sql}). Needs {@code report_period} and {@code
 * calls_attributed} (the attribute step). Not thread-safe, like the store.
 */
final class Detection {
  private final DuckDbStore store;
  private final PriceBook book;
  private final DetectProperties properties;

  Detection(DuckDbStore store, PriceBook book, DetectProperties properties) {
    this.store = store;
    this.book = book;
    this.properties = properties;
  }

  /** Everything the detector queries read: price_book, detect_params, the setup layer. */
  void prepare() throws SQLException {
    PriceBookTable.replace(store, book);
    try (PreparedStatement params = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "detect_params"))) {
      DetectParams.bind(params, properties);
      params.execute();
    }
    store.runLayer("detect_setup");
  }

  /**
   * Prepares, runs every detector and replaces the report date's recommendations.
   *
   * @return the number of findings
   * @throws StoreException naming the detector that failed
   */
  long run() throws SQLException {
    prepare();
    for (String detector : DuckDbStore.names("detect")) {
      try (Statement statement = store.connection().createStatement()) {
        statement.execute("insert into detect_findings by name\n"
            + DuckDbStore.sql("detect", detector));
      } catch (SQLException e) {
        throw new StoreException("sql/detect/" + detector + ".sql failed: " + e.getMessage(), e);
      }
    }
    store.runLayer("detect_totals");
    store.execute("load", "recommendations");
    PromptExcerpts.fill(store);
    return store.query("report", "recommendations_count", rows -> {
      rows.next();
      return rows.getLong(1);
    });
  }
}

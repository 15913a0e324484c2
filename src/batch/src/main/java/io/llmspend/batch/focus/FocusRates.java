package io.llmspend.batch.focus;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.ModelPrice;
import io.llmspend.core.pricing.PriceBook;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/**
 * Fills {@code focus_rates} with the price-book rates of every price model, UTC day, tier and
 * long-context flag the export's priced calls use ({@code sql/focus/focus_rate_keys.sql}), by the
 * pricer's own rule ({@link PriceBook#rates}). A key the book no longer prices (the book changed
 * since the calls were priced) gets no row: its calls are left out of the usage rows and, on a
 * billed day, fall into the reconciliation adjustment.
 */
final class FocusRates {
  private final DuckDbStore store;
  private final PriceBook book;

  FocusRates(DuckDbStore store, PriceBook book) {
    this.store = store;
    this.book = book;
  }

  /** @return the number of keys without rates in the book */
  long fill() throws SQLException {
    store.execute("focus", "focus_rates_clear");
    try (DuckDBAppender appender = store.appender("focus_rates")) {
      return store.query("focus", "focus_rate_keys", rows -> append(appender, rows));
    }
  }

  private Long append(DuckDBAppender appender, ResultSet rows) throws SQLException {
    long missing = 0;
    while (rows.next()) {
      String model = rows.getString("price_model");
      LocalDate day = rows.getObject("day", LocalDate.class);
      String tier = rows.getString("service_tier");
      boolean batch = rows.getBoolean("batch");
      boolean longContext = rows.getBoolean("long_context");
      var at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
      var price = book.find(model, at);
      var rates = book.rates(model, at, tier.isEmpty() ? null : tier, batch, longContext);
      if (price.isEmpty() || rates.isEmpty()) {
        missing++;
        continue;
      }
      row(appender, model, day, tier, batch, longContext, price.get(), rates.get());
    }
    return missing;
  }

  private static void row(DuckDBAppender a, String model, LocalDate day, String tier,
      boolean batch, boolean longContext, ModelPrice price, ModelPrice.Rates r)
      throws SQLException {
    a.beginRow();
    a.append(model);
    a.append(day);
    a.append(tier);
    a.append(batch);
    a.append(longContext);
    a.append(price.provider());
    a.append(price.validFrom());
    for (BigDecimal rate : new BigDecimal[] {
        r.input(), r.cachedInput(), r.cacheWrite5m(), r.cacheWrite1h(), r.output()}) {
      if (rate == null) {
        a.appendNull();
      } else {
        a.append(rate.setScale(9)); // exact: throws rather than round a rate
      }
    }
    a.endRow();
  }
}

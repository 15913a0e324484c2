package io.llmspend.batch.detect;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.core.pricing.ModelPrice;
import io.llmspend.core.pricing.ModelPrice.Rates;
import io.llmspend.core.pricing.PriceBook;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;

/**
 * Copies the price book's standard and batch rates into the DuckDB table {@code price_book}
 * ({@code sql/raw/price_book.sql}), replacing its rows, so detectors can price tokens at the
 * rates in force on each call's UTC day. Rates are USD per 1,000,000 tokens; null = not offered.
 */
final class PriceBookTable {

  private PriceBookTable() {}

  static void replace(DuckDbStore store, PriceBook book) throws SQLException {
    store.execute("load", "price_book_clear");
    try (DuckDBAppender a = store.appender("price_book")) {
      for (String model : book.models()) {
        for (ModelPrice price : book.periods(model)) {
          a.beginRow();
          a.append(price.provider());
          a.append(price.model());
          a.append(price.validFrom());
          date(a, price.validTo());
          rates(a, price.standard());
          rates(a, price.batch() == null ? new Rates(null, null, null, null, null) : price.batch());
          a.endRow();
        }
      }
    }
  }

  private static void rates(DuckDBAppender a, Rates r) throws SQLException {
    for (BigDecimal rate : new BigDecimal[] {
        r.input(), r.cachedInput(), r.cacheWrite5m(), r.cacheWrite1h(), r.output()}) {
      if (rate == null) {
        a.appendNull();
      } else {
        a.append(rate.setScale(9)); // exact: throws rather than round a rate
      }
    }
  }

  private static void date(DuckDBAppender a, LocalDate day) throws SQLException {
    if (day == null) {
      a.appendNull();
    } else {
      a.append(day);
    }
  }
}

package io.llmspend.core.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Reads one price-book row into a {@link ModelPrice}, deriving the tier rates. Column meanings and
 * the derivation rules are documented in {@code prices/README.md}.
 */
final class PriceRows {

  static final List<String> COLUMNS =
      List.of(
          "provider", "model", "valid_from", "valid_to",
          "input_usd_per_mtok", "cached_input_usd_per_mtok", "cache_write_5m_usd_per_mtok",
          "cache_write_1h_usd_per_mtok", "output_usd_per_mtok",
          "batch_input_usd_per_mtok", "batch_output_usd_per_mtok",
          "long_context_threshold_tokens", "long_context_input_usd_per_mtok",
          "long_context_cached_input_usd_per_mtok", "long_context_cache_write_5m_usd_per_mtok",
          "long_context_cache_write_1h_usd_per_mtok", "long_context_output_usd_per_mtok",
          "flex_input_usd_per_mtok", "flex_cached_input_usd_per_mtok", "flex_output_usd_per_mtok",
          "priority_input_usd_per_mtok", "priority_cached_input_usd_per_mtok",
          "priority_output_usd_per_mtok",
          "source_url", "checked_on", "note");

  private PriceRows() {}

  /** @throws IllegalArgumentException naming the column at fault */
  static ModelPrice parse(CsvRow row) {
    var from = row.date("valid_from");
    var to = row.date("valid_to");
    if (from == null || (to != null && !to.isAfter(from))) {
      throw new IllegalArgumentException("valid_to " + to + " is not after valid_from " + from);
    }
    var standard = rates(row, "", true);
    var longContext = longContext(row, standard);
    BigDecimal batchIn = row.rate("batch_input_usd_per_mtok");
    BigDecimal batchOut = row.rate("batch_output_usd_per_mtok");
    requireBoth(batchIn, batchOut, "batch_input_usd_per_mtok", "batch_output_usd_per_mtok");
    return new ModelPrice(
        row.required("provider").toLowerCase(Locale.ROOT),
        row.required("model").toLowerCase(Locale.ROOT),
        from,
        to,
        row.count("long_context_threshold_tokens"),
        standard,
        longContext,
        batchIn == null ? null : TierRates.batch(standard, batchIn, batchOut),
        batchIn == null || longContext == null
            ? null
            : TierRates.scaled(longContext, standard, batchIn, batchOut),
        TierRates.onDemand(standard, optionalTier(row, "flex_", standard)),
        TierRates.onDemand(standard, optionalTier(row, "priority_", standard)),
        row.required("source_url"),
        requireDate(row),
        row.optional("note"));
  }

  private static ModelPrice.Rates longContext(CsvRow row, ModelPrice.Rates standard) {
    boolean hasThreshold = row.count("long_context_threshold_tokens") != null;
    ModelPrice.Rates rates = rates(row, "long_context_", hasThreshold);
    if (!hasThreshold) {
      if (rates.input() != null || rates.output() != null) {
        throw new IllegalArgumentException("long-context rates without long_context_threshold_tokens");
      }
      return null;
    }
    requireLike(rates.cachedInput(), standard.cachedInput(), "long_context_cached_input_usd_per_mtok");
    requireLike(rates.cacheWrite5m(), standard.cacheWrite5m(), "long_context_cache_write_5m_usd_per_mtok");
    requireLike(rates.cacheWrite1h(), standard.cacheWrite1h(), "long_context_cache_write_1h_usd_per_mtok");
    return rates;
  }

  /** Flex or priority input/cached/output from the book, or null when the tier is not offered. */
  private static ModelPrice.Rates optionalTier(CsvRow row, String prefix, ModelPrice.Rates standard) {
    BigDecimal in = row.rate(prefix + "input_usd_per_mtok");
    BigDecimal cached = row.rate(prefix + "cached_input_usd_per_mtok");
    BigDecimal out = row.rate(prefix + "output_usd_per_mtok");
    requireBoth(in, out, prefix + "input_usd_per_mtok", prefix + "output_usd_per_mtok");
    if (in == null) {
      if (cached != null) {
        throw new IllegalArgumentException(prefix + "cached_input_usd_per_mtok without " + prefix + "input");
      }
      return null;
    }
    requireLike(cached, standard.cachedInput(), prefix + "cached_input_usd_per_mtok");
    return new ModelPrice.Rates(in, cached, null, null, out);
  }

  private static ModelPrice.Rates rates(CsvRow row, String prefix, boolean required) {
    BigDecimal in = row.rate(prefix + "input_usd_per_mtok");
    BigDecimal out = row.rate(prefix + "output_usd_per_mtok");
    if (required && (in == null || out == null)) {
      throw new IllegalArgumentException("empty " + prefix + "input or " + prefix + "output rate");
    }
    return new ModelPrice.Rates(
        in,
        row.rate(prefix + "cached_input_usd_per_mtok"),
        row.rate(prefix + "cache_write_5m_usd_per_mtok"),
        row.rate(prefix + "cache_write_1h_usd_per_mtok"),
        out);
  }

  private static LocalDate requireDate(CsvRow row) {
    var checked = row.date("checked_on");
    if (checked == null) {
      throw new IllegalArgumentException("empty checked_on");
    }
    return checked;
  }

  private static void requireBoth(Object a, Object b, String columnA, String columnB) {
    if ((a == null) != (b == null)) {
      throw new IllegalArgumentException(columnA + " and " + columnB + " must both be set or both empty");
    }
  }

  /** A tier must offer a token class exactly when the standard tier does. */
  private static void requireLike(BigDecimal tierRate, BigDecimal standardRate, String column) {
    if ((tierRate == null) != (standardRate == null)) {
      throw new IllegalArgumentException(
          column + " must be set exactly when the standard tier offers that token class");
    }
  }
}

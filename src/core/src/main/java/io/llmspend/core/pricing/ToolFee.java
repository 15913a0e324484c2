package io.llmspend.core.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The per-request fee of one server-side tool of one provider for one validity period: a row of
 * {@code prices/tool-fees.csv} (see {@code prices/README.md}).
 *
 * @param provider the provider that bills it ({@code anthropic}, {@code openai}, {@code google}),
 *     as in the price book's rows
 * @param tool the tool as usage names it: {@code web_search}, {@code web_fetch}, {@code
 *     file_search}, {@code google_search}...
 * @param model the price-book model the fee is for, or {@code null} for every model of the
 *     provider (a row for the model wins)
 * @param perCall the fee is charged once per call that used the tool ({@code unit} {@code
 *     call}, e.g. Gemini 2.5 grounding per grounded prompt), not per request ({@code request})
 * @param validFrom first UTC day the fee applies, inclusive
 * @param validTo first UTC day it no longer applies, exclusive; {@code null} = in force
 * @param usdPerRequest USD per request; 0 only where the provider charges nothing per request
 * @param sourceUrl the provider's page
 * @param checkedOn the day the row was last reviewed
 * @param note sources and assumptions, never null
 */
public record ToolFee(String provider, String tool, String model, boolean perCall,
    LocalDate validFrom, LocalDate validTo, BigDecimal usdPerRequest, String sourceUrl,
    LocalDate checkedOn, String note) {

  static final List<String> COLUMNS = List.of("provider", "tool", "model", "unit", "valid_from",
      "valid_to", "usd_per_request", "source_url", "checked_on", "note");

  /** The fee for {@code count} requests: per request, or once when per call. */
  BigDecimal amount(long count) {
    return perCall ? usdPerRequest : usdPerRequest.multiply(BigDecimal.valueOf(count));
  }

  /** Whether the fee is in force on the given UTC day. */
  boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
  }

  /** @throws IllegalArgumentException naming the column at fault */
  static ToolFee parse(CsvRow row) {
    LocalDate from = row.date("valid_from");
    LocalDate to = row.date("valid_to");
    if (from == null || (to != null && !to.isAfter(from))) {
      throw new IllegalArgumentException("valid_to " + to + " is not after valid_from " + from);
    }
    BigDecimal fee = row.rate("usd_per_request");
    if (fee == null) {
      throw new IllegalArgumentException("empty usd_per_request");
    }
    LocalDate checked = row.date("checked_on");
    if (checked == null) {
      throw new IllegalArgumentException("empty checked_on");
    }
    String note = row.optional("note");
    String unit = row.required("unit");
    if (!unit.equals("request") && !unit.equals("call")) {
      throw new IllegalArgumentException("unit is neither request nor call: " + unit);
    }
    String model = row.optional("model");
    return new ToolFee(row.required("provider").toLowerCase(Locale.ROOT),
        row.required("tool").toLowerCase(Locale.ROOT),
        model == null ? null : model.toLowerCase(Locale.ROOT), unit.equals("call"), from, to, fee,
        row.required("source_url"), checked, note == null ? "" : note);
  }
}

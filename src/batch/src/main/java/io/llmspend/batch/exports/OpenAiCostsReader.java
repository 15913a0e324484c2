package io.llmspend.batch.exports;

import static io.llmspend.core.json.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one result of the OpenAI Costs API ({@code GET /v1/organization/costs}, object {@code
 * organization.costs.result}; FORMATS.md §2.2, openai-openapi f85dbe22 of 2026-08-21):
 * {@code amount.value} is a number in dollars, {@code amount.currency} must be {@code usd}.
 *
 * <p>Line items are not enumerated by the spec. A line item {@code "<model>, <class>"} (as in
 * the dashboard, e.g. {@code "gpt-4o-mini, cached input"}) names a model and a token class; a bare
 * token class ({@code "input_tokens"}, the 2026 spec example) names no model; any other line item
 * (e.g. {@code "web search tool calls"}) is billed outside tokens; no line item (costs not grouped
 * by line item) is {@code unknown}.
 */
final class OpenAiCostsReader {
  static final String KIND = "openai_costs";
  static final String OBJECT = "organization.costs.result";
  private static final Map<String, String> TOKEN_CLASSES = Map.of(
      "input", "input", "input_tokens", "input", "uncached input", "input",
      "cached input", "cached_input", "input_cached_tokens", "cached_input",
      "cached_input_tokens", "cached_input", "cache write", "cache_write",
      "output", "output", "output_tokens", "output");

  private OpenAiCostsReader() {}

  static CostLine read(Instant start, Instant end, JsonNode r, long record)
      throws BadRecordException {
    JsonNode amount = r.path("amount");
    if (!amount.path("value").isNumber()) {
      throw new BadRecordException("amount.value is not a number: " + amount.path("value"));
    }
    String currency = text(amount, "currency");
    if (currency == null || !currency.equalsIgnoreCase("usd")) {
      throw new BadRecordException("currency is not usd: " + currency);
    }
    BigDecimal usd = amount.path("value").decimalValue();
    String item = text(r, "line_item");
    String model = null;
    String tokenClass = item == null ? null : TOKEN_CLASSES.get(item.toLowerCase(Locale.ROOT));
    int comma = item == null ? -1 : item.lastIndexOf(',');
    if (tokenClass == null && comma > 0) {
      tokenClass = TOKEN_CLASSES.get(item.substring(comma + 1).strip().toLowerCase(Locale.ROOT));
      model = tokenClass == null ? null : item.substring(0, comma).strip();
    }
    String costType = tokenClass != null ? CostLine.TOKENS : item == null ? CostLine.UNKNOWN : item;
    return new CostLine("openai", start, text(r, "project_id"), text(r, "api_key_id"), model,
        costType, tokenClass, item, null, usd, record);
  }
}

package io.llmspend.batch.exports;

import static io.llmspend.core.json.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Reads one result of the Anthropic Admin API cost report ({@code GET
 * /v1/organizations/cost_report}; FORMATS.md §2.3, platform.claude.com/docs/en/api/admin/cost_report
 * excerpt): {@code amount} is a decimal STRING in the lowest currency unit, cents for USD
 * ({@code "123.45"} = $1.2345), divided by 100 exactly. Priority Tier costs never appear in this
 * report (claude-cookbooks usage_cost_api.ipynb, 2025-09-17), so priority usage shows up as
 * billed $0.
 *
 * <p>{@code cost_type} is {@code tokens}, {@code web_search}, {@code code_execution} or {@code
 * session_usage}; {@code token_type} maps to our classes: {@code uncached_input_tokens} -> input,
 * {@code cache_read_input_tokens} -> cached_input, {@code cache_creation.*} -> cache_write,
 * {@code output_tokens} -> output.
 */
final class AnthropicCostReader {
  static final String KIND = "anthropic_costs";
  private static final Map<String, String> TOKEN_TYPES = Map.of(
      "uncached_input_tokens", "input", "cache_read_input_tokens", "cached_input",
      "cache_creation.ephemeral_5m_input_tokens", "cache_write",
      "cache_creation.ephemeral_1h_input_tokens", "cache_write", "output_tokens", "output");

  /** The token class of a tokens cost not grouped by description (no {@code token_type}). */
  static final String ALL_TOKENS = "all";

  private AnthropicCostReader() {}

  static CostLine read(Instant start, Instant end, JsonNode r, long record)
      throws BadRecordException {
    String currency = text(r, "currency");
    if (currency == null || !currency.equals("USD")) {
      throw new BadRecordException("currency is not USD: " + currency);
    }
    String amount = text(r, "amount");
    if (amount == null || !r.path("amount").isTextual()) {
      throw new BadRecordException("amount is not a decimal string: " + r.path("amount"));
    }
    BigDecimal usd;
    try {
      usd = new BigDecimal(amount).movePointLeft(2);
    } catch (NumberFormatException e) {
      throw new BadRecordException("amount is not a decimal string: " + amount);
    }
    String costType = text(r, "cost_type") == null ? CostLine.UNKNOWN : text(r, "cost_type");
    String tokenType = text(r, "token_type");
    String tokenClass = null;
    if (CostLine.TOKENS.equals(costType)) {
      tokenClass = tokenType == null ? ALL_TOKENS : TOKEN_TYPES.get(tokenType);
      if (tokenClass == null) {
        throw new BadRecordException("tokens cost with unknown token_type: " + tokenType);
      }
    }
    return new CostLine("anthropic", start, text(r, "workspace_id"), null, text(r, "model"),
        costType, tokenClass, text(r, "description"), text(r, "service_tier"), usd, record);
  }
}

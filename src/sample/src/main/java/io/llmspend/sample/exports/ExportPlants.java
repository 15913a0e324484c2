package io.llmspend.sample.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The differences {@link ExportsGenerator} plants in the provider exports, so the reconciliation
 * has something true to find (sample-data/README.md).
 *
 * @param unloggedKey an OpenAI API key that never logs: {@code unloggedRequests} requests a day
 *     of {@code unloggedInputTokens} input and {@code unloggedOutputTokens} output tokens each,
 *     on {@code unloggedModel}, billed at our price book
 * @param unloggedModel the unlogged key's model
 * @param unloggedRequests requests a day
 * @param unloggedInputTokens uncached input tokens per request
 * @param unloggedOutputTokens output tokens per request
 * @param priceChangeModel a price-book model whose token costs are billed times {@code
 *     priceChangeFactor} from {@code priceChangeFrom} on: a price change the book lacks
 * @param priceChangeFrom the first day billed at the new price
 * @param priceChangeFactor new price / book price
 * @param webSearchModel an Anthropic price-book model with server-side web searches
 * @param webSearches searches a day on days the model has usage
 * @param webSearchUsd the price of one search in USD ($10 per 1,000: Anthropic pricing page, web
 *     search tool, as read 2026-11; not in our price book)
 */
record ExportPlants(
    String unloggedKey, String unloggedModel, int unloggedRequests, long unloggedInputTokens,
    long unloggedOutputTokens, String priceChangeModel, LocalDate priceChangeFrom,
    BigDecimal priceChangeFactor, String webSearchModel, int webSearches,
    BigDecimal webSearchUsd) {

  ExportPlants {
    Objects.requireNonNull(priceChangeFrom, "priceChangeFrom");
    if (unloggedRequests < 0 || unloggedInputTokens < 0 || unloggedOutputTokens < 0
        || webSearches < 0 || priceChangeFactor.signum() <= 0 || webSearchUsd.signum() < 0) {
      throw new IllegalArgumentException("negative plant");
    }
  }

  /**
   * The planted differences of the sample: key {@code key-unlogged-etl} with 40 requests a day of
   * 1,200 input and 300 output tokens on gpt-4o-mini; claude-haiku-4-5 billed 10% above the book
   * from the middle day ({@code first + days / 2}) on; 25 web searches a day on claude-sonnet-4-5
   * at $0.01 each. Failed calls: every logged OpenAI call that ended in a 5xx is billed once more
   * (an unlogged first attempt with the same tokens, see {@link ExportsGenerator}).
   */
  static ExportPlants defaults(LocalDate first, int days) {
    return new ExportPlants("key-unlogged-etl", "gpt-4o-mini", 40, 1_200, 300,
        "claude-haiku-4-5", first.plusDays(days / 2), new BigDecimal("1.10"),
        "claude-sonnet-4-5", 25, new BigDecimal("0.01"));
  }
}

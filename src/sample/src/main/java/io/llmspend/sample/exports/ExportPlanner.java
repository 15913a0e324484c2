package io.llmspend.sample.exports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.TokenUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the loaded calls into provider export results with the planted differences of {@link
 * ExportPlants}. Results are keyed by {@code <provider>/<kind>} and day, in a stable order.
 */
final class ExportPlanner {
  private final ExportPlants plants;
  private final CallPricer pricer;
  private final Map<String, Map<LocalDate, List<ObjectNode>>> results = new LinkedHashMap<>();
  /** OpenAI line items summed before they are written: day -> (model, class) -> USD. */
  private final Map<LocalDate, Map<Map.Entry<String, Integer>, BigDecimal>> openAiCosts =
      new java.util.TreeMap<>();
  private final Set<LocalDate> searchesBilled = new HashSet<>();

  ExportPlanner(ExportPlants plants, CallPricer pricer) {
    this.plants = plants;
    this.pricer = pricer;
  }

  Map<String, Map<LocalDate, List<ObjectNode>>> plan(List<ExportRowsReader.Usage> usage,
      List<ExportRowsReader.Cost> costs) {
    Set<LocalDate> openAiDays = new java.util.TreeSet<>();
    Set<LocalDate> searchDays = new HashSet<>();
    for (ExportRowsReader.Usage u : usage) {
      boolean openAi = u.provider().equals("openai");
      if (openAi) {
        openAiDays.add(u.day());
        add("openai/usage", u.day(), ExportJson.openAiUsage(u.model(), u.apiKey(), u.batch(),
            u.tier() == null ? "default" : u.tier(), u.requests() + u.failedRequests(),
            plus(u.usage(), u.failed())));
      } else {
        boolean search = u.priceModel().equals(plants.webSearchModel()) && searchDays.add(u.day());
        add("anthropic/usage", u.day(), ExportJson.anthropicUsage(u.model(), u.apiKey(),
            u.tier() == null ? "standard" : u.tier(), u.usage(), search ? plants.webSearches() : 0));
      }
    }
    openAiDays.forEach(this::unloggedKey);
    for (ExportRowsReader.Cost c : costs) {
      cost(c, searchDays.contains(c.day()) && c.priceModel().equals(plants.webSearchModel())
          && searchesBilled.add(c.day()));
    }
    openAiCosts.forEach((day, lines) -> lines.forEach((line, usd) ->
        add("openai/costs", day, ExportJson.openAiCost(line.getKey(), line.getValue(), usd))));
    return results;
  }

  private void unloggedKey(LocalDate day) {
    TokenUsage usage = new TokenUsage(plants.unloggedRequests() * plants.unloggedInputTokens(),
        0, 0, 0, plants.unloggedRequests() * plants.unloggedOutputTokens(), 0);
    add("openai/usage", day, ExportJson.openAiUsage(plants.unloggedModel(), plants.unloggedKey(),
        false, "default", plants.unloggedRequests(), usage));
    CallCost cost = pricer.price("openai", plants.unloggedModel(), null,
        day.atStartOfDay(ZoneOffset.UTC).toInstant(), usage, false, null);
    openAiCost(day, plants.unloggedModel(), 0, cost.uncachedInputUsd());
    openAiCost(day, plants.unloggedModel(), 3, cost.outputUsd());
  }

  private void cost(ExportRowsReader.Cost c, boolean webSearch) {
    boolean openAi = c.provider().equals("openai");
    boolean changed = c.priceModel().equals(plants.priceChangeModel())
        && !c.day().isBefore(plants.priceChangeFrom());
    for (int i = 0; i < 4; i++) {
      BigDecimal usd = openAi ? c.amounts()[i].add(c.failed()[i]) : c.amounts()[i];
      if (changed) {
        usd = usd.multiply(plants.priceChangeFactor());
      }
      if (usd.signum() == 0) {
        continue;
      }
      if (openAi) {
        openAiCost(c.day(), c.model(), i, usd);
      } else {
        String type = i == 2 && c.mostly1h() ? "cache_creation.ephemeral_1h_input_tokens"
            : ExportJson.ANTHROPIC_TYPES[i];
        add("anthropic/costs", c.day(), ExportJson.anthropicCost(c.model(), "tokens", type, usd));
      }
    }
    if (webSearch) {
      add("anthropic/costs", c.day(), ExportJson.anthropicCost(c.model(), "web_search", null,
          plants.webSearchUsd().multiply(BigDecimal.valueOf(plants.webSearches()))));
    }
  }

  private void openAiCost(LocalDate day, String model, int tokenClass, BigDecimal usd) {
    openAiCosts.computeIfAbsent(day, d -> new LinkedHashMap<>())
        .merge(Map.entry(model, tokenClass), usd, BigDecimal::add);
  }

  private static TokenUsage plus(TokenUsage a, TokenUsage b) {
    return new TokenUsage(a.uncachedInputTokens() + b.uncachedInputTokens(),
        a.cachedInputTokens() + b.cachedInputTokens(),
        a.cacheWrite5mTokens() + b.cacheWrite5mTokens(),
        a.cacheWrite1hTokens() + b.cacheWrite1hTokens(), a.outputTokens() + b.outputTokens(), 0);
  }

  private void add(String kind, LocalDate day, ObjectNode result) {
    results.computeIfAbsent(kind, k -> new java.util.TreeMap<>())
        .computeIfAbsent(day, d -> new ArrayList<>()).add(result);
  }
}

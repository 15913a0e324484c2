package io.llmspend.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.budget.Budget;
import io.llmspend.core.budget.BudgetPeriod;
import io.llmspend.core.budget.BudgetScope;
import io.llmspend.core.budget.Enforcement;
import java.math.BigDecimal;
import java.util.List;

/** Request bodies and budgets the tests share, with their hand-worked figures. */
final class Requests {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * gpt-4o-mini ($0.15 in, $0.60 out per 1M tokens), one user message "Hello", max_tokens 100.
   * Input: 3 per message + "user" 1 + "Hello" 1 + 3 reply priming = 8 tokens (OpenAI cookbook).
   * Estimate: 8 x 0.15 + 100 x 0.60 = 61.2 micro-dollars, reserved as 62 (rounded up).
   */
  static final JsonNode HELLO = json("""
      {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}],"max_tokens":100}""");
  static final long HELLO_MICROS = 62;

  private Requests() {}

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** OpenAI chat usage: {@code prompt} tokens in, {@code completion} out. */
  static JsonNode openAiUsage(long prompt, long completion) {
    return json("{\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":"
        + completion + ",\"total_tokens\":" + (prompt + completion) + "}}");
  }

  static Budget budget(String name, BudgetScope scope, String member, BudgetPeriod period,
      String limitUsd, Enforcement enforcement) {
    String tagKey = null;
    String value = member;
    if (scope == BudgetScope.TAG) {
      tagKey = member.substring(0, member.indexOf('='));
      value = member.substring(member.indexOf('=') + 1);
    }
    return new Budget(name, scope, value, tagKey, period, new BigDecimal(limitUsd),
        Budget.DEFAULT_THRESHOLDS, enforcement, null, 0);
  }

  static Budget globalDaily(String limitUsd, Enforcement enforcement) {
    return budget("global-daily", BudgetScope.GLOBAL, Budget.ALL, BudgetPeriod.DAY, limitUsd,
        enforcement);
  }

  static List<Budget> list(Budget... budgets) {
    return List.of(budgets);
  }
}

package io.llmspend.batch.budget;

import io.llmspend.core.budget.Budget;
import java.util.List;

/**
 * The budgets of the budgets file, in file order. A bean of its own: a bare {@code List} bean
 * would be injected as a collection of beans.
 */
record BudgetList(List<Budget> budgets) {
  BudgetList {
    budgets = List.copyOf(budgets);
  }
}

package io.llmspend.budget;

import java.util.List;

/** The budgets of the budgets file, in file order (a bean: a bare List would be injected as a collection). */
record BudgetList(List<Budget> budgets) {
  BudgetList {
    budgets = List.copyOf(budgets);
  }
}

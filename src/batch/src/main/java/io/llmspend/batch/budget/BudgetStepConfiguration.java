package io.llmspend.batch.budget;

import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.batch.report.ReportSection;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.JobContextSaver;
import io.llmspend.batch.store.RunId;
import io.llmspend.core.budget.BudgetFile;
import io.llmspend.core.budget.BudgetProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Budgets: the budgets file (read and validated at start-up, so an invalid file stops the run
 * before any work with exit code 4), the {@code budget} step and the Budgets report section.
 */
@Configuration(proxyBeanMethods = false)
class BudgetStepConfiguration {
  static final String STEP = "budget";

  @Bean
  BudgetList budgetList(BudgetProperties properties) {
    return new BudgetList(BudgetFile.read(properties.file()));
  }

  @Bean
  Step budgetStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      BudgetTasklet budgetTasklet) {
    return new StepBuilder(STEP, jobRepository)
        .tasklet(budgetTasklet, transactionManager)
        .listener(new JobContextSaver(jobRepository)) // what the step leaves for later steps
        .build();
  }

  @Bean
  @StepScope
  BudgetTasklet budgetTasklet(DuckDbStore store, BudgetList budgets, BudgetProperties properties,
      RunId runId, LiveBudgetProperties live, LlmSpendProperties llmspend) {
    return new BudgetTasklet(store, budgets.budgets(), properties, runId.value(),
        new LiveCorrection(live, llmspend.timeZone(), properties));
  }

  @Bean
  ReportSection budgetReportSection() {
    return new BudgetReportSection();
  }
}

package io.llmspend.batch.monthly;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.RunId;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.PriceBook;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code monthlyReport} step and the spend section of the monthly workbook. */
@Configuration(proxyBeanMethods = false)
class MonthlyReportStepConfiguration {

  @Bean
  Step monthlyReportStep(JobRepository jobRepository,
      PlatformTransactionManager transactionManager, MonthlyTasklet monthlyTasklet) {
    return new StepBuilder("monthlyReport", jobRepository)
        .tasklet(monthlyTasklet, transactionManager)
        .build();
  }

  @Bean
  MonthlySection monthlySpendSection() {
    return MonthlyCatalog::new;
  }

  @Bean
  MonthlySection monthlyBudgetSection() {
    return MonthlyFeatureSections::budgets;
  }

  @Bean
  MonthlySection monthlySavingsSection() {
    return MonthlyFeatureSections::savings;
  }

  @Bean
  MonthlySection monthlyProviderBillSection() {
    return MonthlyFeatureSections::providerBill;
  }

  @Bean
  @StepScope
  MonthlyTasklet monthlyTasklet(DuckDbStore store, RunId runId, PriceBook priceBook,
      MonthlyProperties properties, List<MonthlySection> sections,
      @Value("#{jobParameters['month']}") String month,
      @Value("#{jobParameters['reports']}") String reports,
      @Value("#{jobParameters['reprice'] ?: 'false'}") String reprice, CallPricer pricer) {
    return new MonthlyTasklet(store, Path.of(reports), YearMonth.parse(month), runId.value(),
        priceBook.version(), properties, sections.stream().map(MonthlySection::content)
            .sorted(Comparator.comparingInt(s -> s.order())).toList(),
        Boolean.parseBoolean(reprice) ? new MonthlyRepricer(store, pricer) : null);
  }
}

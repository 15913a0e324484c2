package io.llmspend.batch.nightly;

import io.llmspend.batch.attribution.ReportDate;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job. It only sequences steps: {@code ingestPartitions} (read, parse, re-count and
 * price the logs, partition by partition), {@code ingest} (merge the partitions into the store),
 * {@code exports} (provider usage and cost exports), {@code attribute} (rules, staging and marts,
 * report date), {@code detect} (waste findings, recommendations.md), {@code budget} (budget
 * status, forecasts, alerts), {@code reconcile} (our numbers vs the provider's), {@code
 * retention} (drops old prompt texts), {@code report} (CSV files and the workbook), {@code
 * focusExport} (the month to date as FOCUS), {@code
 * runSummary} (run-summary.json and the runs table) and {@code reconcileCheck} (fails the run on
 * an unexplained variance, after the reports are written). A run without a day to report (no
 * {@code --date}, no call before today) ends after {@code attribute} ({@link ReportDate#NONE}).
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {
  static final String JOB = "nightly";

  @Bean
  Job nightlyJob(JobRepository jobRepository,
      @Qualifier("ingestPartitionsStep") Step ingestPartitions,
      @Qualifier("ingestStep") Step ingest,
      @Qualifier("attributeStep") Step attribute, @Qualifier("detectStep") Step detect,
      @Qualifier("budgetStep") Step budget, @Qualifier("reportStep") Step report,
      @Qualifier("runSummaryStep") Step runSummary, @Qualifier("exportsStep") Step exports,
      @Qualifier("reconcileStep") Step reconcile,
      @Qualifier("reconcileCheckStep") Step reconcileCheck,
      @Qualifier("retentionStep") Step retention,
      @Qualifier("focusExportStep") Step focusExport) {
    return StepSequence.of(new JobBuilder(JOB, jobRepository), attribute, ReportDate.NONE,
        List.of(ingestPartitions, ingest, exports, attribute, detect, budget, reconcile,
            retention, report, focusExport, runSummary, reconcileCheck));
  }
}

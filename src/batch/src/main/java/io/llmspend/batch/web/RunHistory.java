package io.llmspend.batch.web;

import io.llmspend.batch.attribution.ReportDate;
import io.llmspend.batch.ingest.IngestCounts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The runs of the nightly and monthly jobs from the job repository, newest first: status, exit
 * code, duration and the ingest step's counts. Reads only.
 */
@Component
@ConditionalOnWebApplication
class RunHistory {
  private static final int LAST = 100;
  private final JobRepository repository;

  RunHistory(JobRepository repository) {
    this.repository = repository;
  }

  /**
   * One execution of a job.
   *
   * @param exitCode the llmspend exit code it ended with, or {@code null} while running or when
   *     it cannot be told from the repository (docs/serve.md)
   * @param read null when the run has no ingest step (monthly)
   */
  record Run(long executionId, String job, String request, String status, Integer exitCode,
      LocalDateTime start, LocalDateTime end, String duration, Long read, Long loaded,
      Long quarantined, Long duplicates) {}

  /** The last runs of each job, newest first. */
  List<Run> runs() {
    List<Run> runs = new ArrayList<>();
    for (String job : List.of("nightly", "monthly")) {
      for (JobInstance instance : repository.getJobInstances(job, 0, LAST)) {
        for (JobExecution execution : repository.getJobExecutions(instance)) {
          runs.add(run(job, execution));
        }
      }
    }
    runs.sort(Comparator.comparing(Run::executionId).reversed());
    return runs.size() > LAST ? runs.subList(0, LAST) : runs;
  }

  private static Run run(String job, JobExecution execution) {
    IngestCounts counts = execution.getStepExecutions().stream()
        .filter(s -> s.getStepName().equals("ingest"))
        .max(Comparator.comparing(StepExecution::getId))
        .map(s -> IngestCounts.from(s.getExecutionContext())).orElse(null);
    String request = request(execution);
    return new Run(execution.getId(), job, request, execution.getStatus().name(),
        exitCode(execution, counts), execution.getStartTime(), execution.getEndTime(),
        duration(execution), counts == null ? null : counts.read(),
        counts == null ? null : counts.loaded(), counts == null ? null : counts.quarantined(),
        counts == null ? null : counts.duplicates());
  }

  /**
   * The month, else the date asked for, else the report date the run chose: a nightly run for
   * "the last complete day" is started with an empty date.
   */
  private static String request(JobExecution execution) {
    String month = execution.getJobParameters().getString("month", "");
    String date = execution.getJobParameters().getString("date", "");
    if (!month.isEmpty() || !date.isEmpty()) {
      return month.isEmpty() ? date : month;
    }
    return ReportDate.find(execution.getExecutionContext()).map(LocalDate::toString).orElse("");
  }

  /** 0, 3 (lines quarantined), 7 (reconciliation variance), 1 (other failures). */
  static Integer exitCode(JobExecution execution, IngestCounts counts) {
    BatchStatus status = execution.getStatus();
    if (status == BatchStatus.COMPLETED) {
      return counts != null && counts.quarantined() > 0 ? 3 : 0;
    }
    if (status == BatchStatus.FAILED) {
      String message = execution.getExitStatus().getExitDescription();
      return message != null && message.contains("ReconciliationVarianceException") ? 7 : 1;
    }
    return null;
  }

  private static String duration(JobExecution execution) {
    if (execution.getStartTime() == null || execution.getEndTime() == null) {
      return "";
    }
    Duration d = Duration.between(execution.getStartTime(), execution.getEndTime());
    return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
  }
}

package io.llmspend.nightly;

import io.llmspend.InvalidInputException;
import io.llmspend.budget.BudgetGate;
import io.llmspend.cli.ExitCodes;
import io.llmspend.pricing.PriceBookException;
import io.llmspend.reconcile.ReconciliationVarianceException;
import io.llmspend.store.StoreException;
import org.springframework.boot.context.properties.bind.BindException;
import io.llmspend.ingest.IngestCounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Maps a finished job execution, or a failure to start, to an exit code and a message. */
final class Outcome {
  static final String SUMMARY_KEY = io.llmspend.report.RunSummary.CONTEXT_KEY;

  private Outcome() {}

  static int of(JobExecution execution, boolean failOnExceeded) {
    if (execution.getStatus() == BatchStatus.COMPLETED) {
      if (execution.getExecutionContext().containsKey(SUMMARY_KEY)) {
        System.out.println(execution.getExecutionContext().getString(SUMMARY_KEY));
      }
      long exceeded = BudgetGate.hardExceeded(execution.getExecutionContext());
      if (failOnExceeded && exceeded > 0) {
        System.err.println("llmspend: " + exceeded + " hard budget(s) exceeded: see budgets.csv");
        return ExitCodes.BUDGET_EXCEEDED;
      }
      return quarantined(execution) > 0 || skipped(execution) ? ExitCodes.COMPLETED_WITH_SKIPS
          : ExitCodes.SUCCESS;
    }
    Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
    System.err.println("llmspend: nightly run " + execution.getId() + " ended "
        + execution.getStatus() + (cause == null ? "" : ": " + describe(cause)));
    return cause == null ? ExitCodes.INTERNAL_ERROR : codeFor(cause);
  }

  static int ofStartupFailure(Throwable e) {
    int code = codeFor(e);
    System.err.println("llmspend: cannot start: " + describe(e));
    if (code == ExitCodes.INTERNAL_ERROR) {
      e.printStackTrace();
    }
    return code;
  }

  private static long quarantined(JobExecution execution) {
    return execution.getStepExecutions().stream()
        .map(StepExecution::getExecutionContext)
        .mapToLong(context -> IngestCounts.from(context).quarantined())
        .sum();
  }

  /** Whether a step (e.g. {@code exports}) ended with skips of its own. */
  private static boolean skipped(JobExecution execution) {
    return execution.getStepExecutions().stream().anyMatch(s ->
        IngestCounts.COMPLETED_WITH_SKIPS.equals(s.getExitStatus().getExitCode()));
  }

  private static int codeFor(Throwable e) {
    Throwable root = root(e);
    String message = String.valueOf(root.getMessage());
    if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
      return ExitCodes.ALREADY_RUNNING;
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ReconciliationVarianceException) {
        return ExitCodes.RECONCILIATION_VARIANCE;
      }
      if (t instanceof InvalidInputException || t instanceof PriceBookException
          || t instanceof BindException || t instanceof StoreException
          || t.getClass().getName().startsWith("org.yaml.snakeyaml.")) {
        return ExitCodes.INPUT_ERROR; // a bad store file, configuration file or value
      }
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  private static Throwable root(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** The message a user needs: an input error's own message (it names the file), else the root's. */
  private static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException || t instanceof PriceBookException
          || t instanceof StoreException) {
        return t.getMessage();
      }
      if (t instanceof BindException) {
        return t.getMessage() + ": " + rootMessage(t);
      }
    }
    return rootMessage(e);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = root(e);
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}

package io.llmspend.batch.run;

import io.llmspend.batch.attribution.ReportDate;
import io.llmspend.batch.budget.BudgetGate;
import io.llmspend.batch.ingest.IngestCounts;
import io.llmspend.batch.reconcile.ReconciliationVarianceException;
import io.llmspend.batch.store.StoreException;
import io.llmspend.batch.text.SafeText;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.pricing.PriceBookException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.context.properties.bind.BindException;

/** Maps a finished job execution, or a failure to start, to an exit code and a message. */
final class Outcome {
  private Outcome() {}

  static int of(JobExecution execution) {
    if (execution.getStatus() == BatchStatus.COMPLETED) {
      String noDay = ReportDate.none(execution.getExecutionContext());
      if (noDay != null) { // the run ended after attribute: nothing to report, no restart needed
        System.err.println("llmspend: " + noDay);
        return ExitCodes.INPUT_ERROR;
      }
      if (execution.getExecutionContext().containsKey(RunSummary.CONTEXT_KEY)) {
        System.out.println(execution.getExecutionContext().getString(RunSummary.CONTEXT_KEY));
      }
      long exceeded = BudgetGate.hardExceeded(execution.getExecutionContext());
      if (exceeded > 0 && "true".equals(
          execution.getJobParameters().getString(BatchRun.FAIL_ON_EXCEEDED, "false"))) {
        System.err.println("llmspend: " + exceeded + " hard budget(s) exceeded: see budgets.csv");
        return ExitCodes.BUDGET_EXCEEDED;
      }
      return withSkips(execution) ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.SUCCESS;
    }
    Throwable cause = Failures.main(execution.getAllFailureExceptions());
    int code = cause == null ? ExitCodes.INTERNAL_ERROR : codeFor(cause);
    String full = cause == null ? null : Failures.noSpaceLeftOn(cause);
    if (full != null) {
      String db = execution.getJobParameters().getString("db", "");
      return noSpace(full.equals(Failures.UNKNOWN) && !db.isEmpty()
          ? java.nio.file.Path.of(db).getParent().toString() : full,
          execution.getJobInstance().getJobName());
    }
    System.err.println("llmspend: " + execution.getJobInstance().getJobName() + " job instance "
        + execution.getJobInstance().getInstanceId() + " (execution " + execution.getId()
        + ") ended " + execution.getStatus() + (cause == null ? "" : ": " + describe(cause))
        + (code == ExitCodes.RECONCILIATION_VARIANCE ? ""
            : ". Run the same command again to restart it where it stopped."));
    return code;
  }

  /**
   * A run that failed with an exception the job did not catch (the job repository could not be
   * written, say).
   *
   * @param store the store's real path: a full disk that does not say where is the store's
   */
  static int ofRunFailure(Throwable e, String job, java.nio.file.Path store) {
    String full = Failures.noSpaceLeftOn(e);
    if (full != null) {
      return noSpace(full.equals(Failures.UNKNOWN) ? store.getParent().toString() : full, job);
    }
    return ofStartupFailure(e);
  }

  private static int noSpace(String folder, String job) {
    System.err.println("llmspend: no space left on " + folder + ": the " + job + " run stopped; "
        + "nothing is lost. Free space and run the same command again: it goes on where it "
        + "stopped.");
    return ExitCodes.INTERNAL_ERROR;
  }

  static int ofStartupFailure(Throwable e) {
    int code = codeFor(e);
    if (e instanceof UsageException) {
      System.err.println("llmspend: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (code == ExitCodes.ALREADY_RUNNING) {
      System.err.println("llmspend: refused: " + inUse(e) + " is in use by another llmspend run; "
          + "nothing was done. Run again when it has finished.");
      return code;
    }
    if (Failures.noSpaceLeftOn(e) != null) {
      System.err.println("llmspend: no space left on " + Failures.noSpaceLeftOn(e)
          + ": nothing was done. Free space and run again.");
      return code;
    }
    System.err.println("llmspend: cannot start: " + describe(e));
    if (code == ExitCodes.INTERNAL_ERROR) {
      e.printStackTrace();
    }
    return code;
  }

  /** Lines quarantined by ingest, or records skipped by another step (e.g. exports). */
  private static boolean withSkips(JobExecution execution) {
    return IngestCounts.COMPLETED_WITH_SKIPS.equals(
            execution.getExecutionContext().getString(RunSummary.STATUS_KEY, ""))
        || execution.getStepExecutions().stream().anyMatch(s ->
            IngestCounts.COMPLETED_WITH_SKIPS.equals(s.getExitStatus().getExitCode()));
  }

  private static int codeFor(Throwable e) {
    if (lockMessage(e) != null) {
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

  /**
   * The message a user needs: an input error's own message (it names the file), else the root's;
   * control characters (a file name from the logs) as visible escapes.
   */
  private static String describe(Throwable e) {
    return SafeText.visible(message(e), false);
  }

  private static String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException || t instanceof PriceBookException
          || t instanceof StoreException || t instanceof ReconciliationVarianceException) {
        return t.getMessage();
      }
      if (t instanceof BindException) {
        return t.getMessage() + ": " + rootMessage(t);
      }
    }
    return rootMessage(e);
  }

  /**
   * The message of the first exception in the chain that says a database file is held by another
   * process: DuckDB ("Could not set lock", "Conflicting lock"), H2 ("Database may be already in
   * use", "The file is locked"); {@code null} when none does.
   */
  private static String lockMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Could not set lock") || message.contains("Conflicting lock")
          || message.contains("Database may be already in use")
          || message.contains("The file is locked")) {
        return message;
      }
    }
    return null;
  }

  /** What is in use, for the one-line refusal: the file named in the lock message. */
  private static String inUse(Throwable e) {
    String message = lockMessage(e);
    java.util.regex.Matcher file = java.util.regex.Pattern
        .compile("(/[^\"'\\s\\]]+)").matcher(message);
    String path = file.find() ? file.group(1) : null;
    if (path == null) {
      return "the store or the job repository";
    }
    return (path.endsWith(".mv.db") ? "the job repository " : "the store ") + path;
  }

  private static Throwable root(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = root(e);
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}

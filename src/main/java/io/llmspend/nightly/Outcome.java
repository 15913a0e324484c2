package io.llmspend.nightly;

import io.llmspend.InvalidInputException;
import io.llmspend.cli.ExitCodes;
import io.llmspend.pricing.PriceBookException;
import org.springframework.boot.context.properties.bind.BindException;
import io.llmspend.ingest.IngestCounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** Maps a finished job execution, or a failure to start, to an exit code and a message. */
final class Outcome {
  static final String SUMMARY_KEY = "summary.text";
  static final String STATUS_KEY = "summary.status";

  private Outcome() {}

  static int of(JobExecution execution) {
    if (execution.getStatus() == BatchStatus.COMPLETED) {
      if (execution.getExecutionContext().containsKey(SUMMARY_KEY)) {
        System.out.println(execution.getExecutionContext().getString(SUMMARY_KEY));
      }
      return IngestCounts.COMPLETED_WITH_SKIPS.equals(
          execution.getExecutionContext().getString(STATUS_KEY, ""))
          ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.SUCCESS;
    }
    Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
    System.err.println("llmspend: " + execution.getJobInstance().getJobName() + " job instance " + execution.getJobInstance()
        .getInstanceId() + " (execution " + execution.getId() + ") ended " + execution.getStatus()
        + (cause == null ? "" : ": " + rootMessage(cause))
        + ". Run the same command again to restart it where it stopped.");
    return cause == null ? ExitCodes.INTERNAL_ERROR : codeFor(cause);
  }

  static int ofStartupFailure(Throwable e) {
    int code = codeFor(e);
    System.err.println("llmspend: cannot start: " + rootMessage(e));
    if (code == ExitCodes.INTERNAL_ERROR) {
      e.printStackTrace();
    }
    return code;
  }

  private static int codeFor(Throwable e) {
    Throwable root = root(e);
    String message = String.valueOf(root.getMessage());
    if (message.contains("Could not set lock") || message.contains("Conflicting lock")
        || message.contains("Database may be already in use")) { // DuckDB, the H2 job repository
      return ExitCodes.ALREADY_RUNNING;
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException || t instanceof PriceBookException
          || t instanceof BindException) {
        return ExitCodes.INPUT_ERROR;
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

  private static String rootMessage(Throwable e) {
    Throwable root = root(e);
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}

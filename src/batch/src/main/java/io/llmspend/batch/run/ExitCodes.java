package io.llmspend.batch.run;

/**
 * The process exit codes of {@code llmspend}, for cron and schedulers. Documented in README.md.
 */
public final class ExitCodes {
  /** The run completed; every line was loaded or was a duplicate. */
  public static final int SUCCESS = 0;
  /** An unexpected error: a bug, a full disk, a lost database. See the log. */
  public static final int INTERNAL_ERROR = 1;
  /** The command line is wrong (unknown option, bad value). */
  public static final int USAGE = 2;
  /** The run completed and wrote its reports, but some lines were quarantined. */
  public static final int COMPLETED_WITH_SKIPS = 3;
  /** An input is missing or invalid (logs folder, price book, configuration): nothing was done. */
  public static final int INPUT_ERROR = 4;
  /** Another run holds the store or the job is already running. */
  public static final int ALREADY_RUNNING = 5;
  /** {@code nightly --fail-on-exceeded}: the run completed and a hard budget is exceeded. */
  public static final int BUDGET_EXCEEDED = 6;
  /** The run wrote its reports, but the provider's bill differs from our cost unexplained. */
  public static final int RECONCILIATION_VARIANCE = 7;
  /** {@code monthly --month}: the store has no call in that month; nothing was written. */
  public static final int NO_DATA = 8;

  private ExitCodes() {}
}

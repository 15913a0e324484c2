package io.llmspend.ingest;

/**
 * A request-log record that cannot be loaded. Its message is the quarantine reason. Carries no
 * stack trace: it is an expected outcome for bad input, not a bug.
 */
final class BadRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  BadRecordException(String reason) {
    super(reason, null, false, false);
  }
}

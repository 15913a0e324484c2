package io.llmspend.batch.run;

/**
 * A command line that parses but asks for something that cannot be done (a report date in the
 * future): exit code 2, its message on one line, nothing done.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}

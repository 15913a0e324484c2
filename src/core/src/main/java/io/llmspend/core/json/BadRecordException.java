package io.llmspend.core.json;

/**
 * A record that cannot be used as it is: a request-log line, a gateway or provider export record,
 * or a request body with a missing field, a value of the wrong type, or a structure that cannot be
 * read. Its message is the reason the record is quarantined. Carries no stack trace: it is an
 * expected outcome for bad input, not a bug.
 */
public final class BadRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadRecordException(String reason) {
    super(reason, null, false, false);
  }
}

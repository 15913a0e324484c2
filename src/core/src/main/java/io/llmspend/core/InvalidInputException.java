package io.llmspend.core;

/**
 * An input the user gave is missing or invalid (a logs folder, a rules file, a configuration
 * value): the run stops before doing any work, with this message, and exit code 4.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}

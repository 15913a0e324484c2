package io.llmspend.tokenize;

/**
 * A request body whose structure cannot be read: the body is not a JSON object, a list the format
 * defines ({@code messages}, {@code contents}, {@code tools}, {@code functions}, {@code
 * tool_calls}, {@code parts}, array {@code input}) is another JSON type, or one of its items is not
 * an object. The batch step treats it as a bad item (skip and quarantine).
 */
public final class UnreadableRequestException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  UnreadableRequestException(String message) {
    super(message);
  }
}

package io.llmspend.client;

import java.util.concurrent.Callable;

/**
 * The function of the calls made on the current thread ({@link LlmFunction}'s scope): set for
 * the duration of a piece of code, restored after it, nested scopes win.
 */
public final class LlmFunctions {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private LlmFunctions() {}

  /** The function of the innermost enclosing scope on this thread, or {@code null}. */
  public static String current() {
    return CURRENT.get();
  }

  /**
   * Runs {@code body} with {@code function} as the current function, then restores the one
   * before.
   */
  public static <T> T call(String function, Callable<T> body) throws Exception {
    String before = CURRENT.get();
    CURRENT.set(function);
    try {
      return body.call();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }
}

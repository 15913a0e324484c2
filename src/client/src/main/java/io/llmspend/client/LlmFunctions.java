package io.llmspend.client;

import java.util.concurrent.Callable;

/**
 * The function of the calls made on the current thread ({@link LlmFunction}'s scope): set for
 * the duration of a piece of code, restored after it, nested scopes win.
 *
 * <pre>{@code
 * try (LlmFunctions.Scope scope = LlmFunctions.enter("support-chat")) {
 *   tracker.start(null, request) ...   // function "support-chat"
 * }
 * }</pre>
 */
public final class LlmFunctions {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private LlmFunctions() {}

  /** The function of the innermost enclosing scope on this thread, or {@code null}. */
  public static String current() {
    return CURRENT.get();
  }

  /** Makes {@code function} current until the scope is closed (on the same thread). */
  public static Scope enter(String function) {
    String before = CURRENT.get();
    CURRENT.set(function);
    return new Scope(before);
  }

  /**
   * Runs {@code body} with {@code function} as the current function, then restores the one
   * before.
   */
  public static <T> T call(String function, Callable<T> body) throws Exception {
    try (Scope scope = enter(function)) {
      return body.call();
    }
  }

  /** A function scope; {@link #close} restores the function before it. */
  public static final class Scope implements AutoCloseable {
    private final String before;

    private Scope(String before) {
      this.before = before;
    }

    @Override
    public void close() {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }
}

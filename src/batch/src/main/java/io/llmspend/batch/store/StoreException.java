package io.llmspend.batch.store;

/** The DuckDB store could not be opened, or one of its SQL files failed. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

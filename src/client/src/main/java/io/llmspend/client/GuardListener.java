package io.llmspend.client;

/** Receives {@link GuardEvent}s. Called on the calling thread: keep it short, never throw. */
@FunctionalInterface
public interface GuardListener {
  void onEvent(GuardEvent event);
}

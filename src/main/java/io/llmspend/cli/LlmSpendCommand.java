package io.llmspend.cli;

/** Entry point of {@code llmspend.jar}. */
public final class LlmSpendCommand {
  private LlmSpendCommand() {}

  public static void main(String[] args) {
    System.out.println("llmspend");
  }
}

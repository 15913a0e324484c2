package io.llmspend.tokenize;

/**
 * The input of one call, re-counted and split into its parts, in tokens.
 *
 * <p>{@code systemTokens + toolTokens + historyTokens + userMessageTokens == totalTokens}. Chat
 * framing tokens (per message, per name, reply priming, per the OpenAI cookbook) are counted in
 * the part whose message they frame; reply priming counts in the latest user message.
 *
 * @param encoding the encoding used ({@code o200k_base}, {@code cl100k_base})
 * @param estimated {@code true} when the model is not an OpenAI model and o200k_base was used as
 *     an estimate
 * @param systemTokens system / developer instructions, with their framing
 * @param toolTokens tool (function) definitions
 * @param historyTokens every message before the latest user message (earlier turns)
 * @param userMessageTokens the latest user message, and anything after it
 * @param totalTokens the whole input
 * @param systemPromptHash SHA-256 (hex) of the system prompt text, or {@code null} if none
 * @param systemPromptText the system prompt text (all system parts joined by a newline), or
 *     {@code null}
 */
public record InputSplit(
    String encoding,
    boolean estimated,
    int systemTokens,
    int toolTokens,
    int historyTokens,
    int userMessageTokens,
    int totalTokens,
    String systemPromptHash,
    String systemPromptText) {

  /**
   * @throws IllegalArgumentException if a count is negative or the parts do not add up
   */
  public InputSplit {
    if (systemTokens < 0 || toolTokens < 0 || historyTokens < 0 || userMessageTokens < 0) {
      throw new IllegalArgumentException("negative token count");
    }
    if (systemTokens + toolTokens + historyTokens + userMessageTokens != totalTokens) {
      throw new IllegalArgumentException("parts do not add up to " + totalTokens);
    }
  }
}

package io.llmspend.core.tokenize;

import io.llmspend.core.Hashes;
import io.llmspend.core.json.JsonFields;
import java.util.List;

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
 * @param toolCount the number of tool (function) definitions
 * @param prefixHash SHA-256 (hex) of the cacheable prefix: the system prompt text and the tool
 *     definitions (name, description, parameter schema), see {@link #prefixHashOf}; {@code null}
 *     when the request has neither. Its length in tokens is {@code systemTokens + toolTokens}.
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
    String systemPromptText,
    int toolCount,
    String prefixHash) {

  /**
   * @throws IllegalArgumentException if a count is negative or the parts do not add up
   */
  public InputSplit {
    if (toolCount < 0) {
      throw new IllegalArgumentException("negative tool count");
    }
    if (systemTokens < 0 || toolTokens < 0 || historyTokens < 0 || userMessageTokens < 0) {
      throw new IllegalArgumentException("negative token count");
    }
    if (systemTokens + toolTokens + historyTokens + userMessageTokens != totalTokens) {
      throw new IllegalArgumentException("parts do not add up to " + totalTokens);
    }
  }

  /** The prefix tokens a prompt cache could hold: system prompt and tool definitions. */
  public int prefixTokens() {
    return systemTokens + toolTokens;
  }

  /**
   * The prefix hash of a system text and tool definitions: SHA-256 (hex) of the system text, a NUL
   * character, then per tool its name, description and compact parameter schema separated by
   * U+0001 and ended by U+0002. {@code null} when there is no system text and no tool.
   */
  static String prefixHashOf(String systemText, List<ToolDef> tools) {
    if ((systemText == null || systemText.isEmpty()) && tools.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder(systemText == null ? "" : systemText).append('\u0000');
    for (ToolDef tool : tools) {
      text.append(tool.name()).append('\u0001')
          .append(tool.description() == null ? "" : tool.description()).append('\u0001')
          .append(JsonFields.scalar(tool.parameters())).append('\u0002');
    }
    return Hashes.sha256Hex(text.toString());
  }
}

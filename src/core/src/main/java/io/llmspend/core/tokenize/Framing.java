package io.llmspend.core.tokenize;

/**
 * Chat framing constants, in tokens, from the OpenAI cookbook {@code
 * examples/How_to_count_tokens_with_tiktoken.ipynb} (commit 06d9feb5, 2023, and its later revision;
 * {@code num_tokens_from_messages} and {@code num_tokens_for_tools}; FORMATS.md sections 5.2 and
 * 5.3): 3 per message, 1 per name, 3 for reply priming; legacy {@code gpt-3.5-turbo-0301} uses 4
 * per message and -1 per name. The function preamble is 7 on o200k_base models (gpt-4o) and 10 on
 * cl100k_base models. The same constants serve non-OpenAI models as an estimate.
 */
record Framing(int perMessage, int perName, int replyPriming, int functionInit) {

  private static final String LEGACY_MODEL = "gpt-3.5-turbo-0301";

  /**
   * @param name the catalog's normalized model name ({@link
   *     io.llmspend.core.catalog.ModelName#name()})
   * @param encoding the encoding the counts use
   */
  static Framing of(String name, String encoding) {
    int functionInit = "o200k_base".equals(encoding) ? 7 : 10;
    if (LEGACY_MODEL.equals(name)) {
      return new Framing(4, -1, 3, functionInit);
    }
    return new Framing(3, 1, 3, functionInit);
  }
}

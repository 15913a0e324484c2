package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.knuddels.jtokkit.api.Encoding;
import io.llmspend.core.catalog.ModelCatalog;
import io.llmspend.core.catalog.ModelName;
import io.llmspend.core.json.BadRecordException;
import java.util.Optional;

/**
 * Re-counts input tokens offline with JTokkit, with the encoding the model catalog gives a model.
 *
 * <p>OpenAI models in the catalog get their own encoding (o200k_base for gpt-4o, gpt-4.1, gpt-4.5,
 * gpt-5, o1/o3/o4; cl100k_base for gpt-4, gpt-3.5, embeddings; openai/tiktoken {@code
 * tiktoken/model.py}, commit 4e71bbe, 2026-08-16). Every other model (Anthropic, Google, Bedrock,
 * unknown names) is estimated with {@value #ESTIMATE_ENCODING} and flagged {@code estimated}. Chat
 * framing and tool-definition constants come from the OpenAI cookbook {@code
 * examples/How_to_count_tokens_with_tiktoken.ipynb} (commit 06d9feb5, 2023, and the later revision
 * that adds gpt-4o and tools; FORMATS.md 5.2, 5.3); they are the notebook's estimate, exact on its
 * examples (129/124 chat, 105/101 tools), and only an estimate for non-OpenAI shapes.
 *
 * <p>Text is always counted as ordinary text: {@code <|endoftext|>} in user content is just
 * characters. Counts of texts are cached by (encoding, SHA-256 of the text), so a system prompt
 * repeated across calls is tokenized once per run.
 *
 * <p>All counts are in tokens. Thread-safe (the batch may call it from several threads); create
 * once per process.
 */
public final class TokenCounter {

  /** The encoding used to estimate models outside our table. */
  public static final String ESTIMATE_ENCODING = "o200k_base";

  private final ModelCatalog catalog;
  private final CountCache cache;

  /** A counter over the bundled catalog with the configured encodings. */
  public TokenCounter(TokenizeProperties properties) {
    this(ModelCatalog.bundled().withEncodings(properties.encodings()), properties.cacheSize());
  }

  /**
   * @param catalog the model catalog that gives each model its encoding
   * @param cacheSize maximum number of cached counts; 0 disables reuse
   */
  public TokenCounter(ModelCatalog catalog, int cacheSize) {
    this.catalog = catalog;
    this.cache = new CountCache(cacheSize);
  }

  /**
   * The encoding the catalog gives a model, after it normalized the name (case, routing prefixes,
   * Bedrock and Vertex forms, fine-tune name {@code ft:gpt-4o-mini:org::id} is {@code
   * gpt-4o-mini}, Azure spelling {@code gpt-35-turbo} is {@code gpt-3.5-turbo}, snapshot {@code
   * gpt-4o-2024-08-06} is {@code gpt-4o}).
   *
   * @param model as logged; {@code null} is an unknown model
   * @return the encoding name, or empty if the model has none (counts are estimates)
   */
  public Optional<String> encodingFor(String model) {
    return catalog.resolve(model).knownEncoding();
  }

  /**
   * @param model as logged; selects the encoding as {@link #encodingFor} does, else the estimate
   * @param text any text, special-token strings included; {@code null} or empty counts 0
   * @return the number of tokens of {@code text} alone, without chat framing
   * @throws io.llmspend.core.InvalidInputException if a word of the text is too long to count in
   *     bounded memory ({@link WordLimit})
   */
  public int countText(String model, String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    return cache.count(encoding(model), text);
  }

  /**
   * Counts a provider-native request body and splits it into system, tools, history and latest user
   * message. Shapes: OpenAI Chat Completions ({@code messages}), OpenAI Responses ({@code input},
   * {@code instructions}), Anthropic Messages ({@code messages}, {@code system}), Gemini
   * generateContent ({@code contents}, {@code systemInstruction}), told apart by their fields; the
   * provider only breaks ties. A body with none of these fields is a split of zeros. Parts that
   * carry no text (images, audio, files, hosted tools, reasoning items) are not counted; values of
   * unexpected scalar types are ignored.
   *
   * @param provider a hint ({@code openai}, {@code anthropic}, {@code google}...), may be null
   * @param model as logged; may be null (estimated)
   * @param request the request body
   * @return the split in tokens; never null
   * @throws BadRecordException if the body is not a JSON object, or a list the shape
   *     defines ({@code messages}, {@code contents}, {@code tools}...) is not a list of objects, or
   *     a text in it has a word too long to count in bounded memory ({@link WordLimit})
   */
  public InputSplit countRequest(String provider, String model, JsonNode request) throws BadRecordException {
    ParsedRequest parsed = RequestReaders.read(provider, request);
    ModelName resolved = catalog.resolve(model);
    String name = resolved.knownEncoding().orElse(ESTIMATE_ENCODING);
    Encoding encoding = EncodingCatalog.encoding(name);
    try {
      return SplitCalculator.split(
          parsed,
          name,
          resolved.encoding() == null,
          Framing.of(resolved.name(), name),
          text -> cache.count(encoding, text));
    } catch (WordLimit.TooLongWordException e) {
      throw new BadRecordException(e.getMessage());
    }
  }

  /** Texts whose count came from the cache since start (for the run log). */
  public long cacheHits() {
    return cache.hits();
  }

  /** Texts tokenized because their count was not cached (for the run log). */
  public long cacheMisses() {
    return cache.misses();
  }

  private Encoding encoding(String model) {
    return EncodingCatalog.encoding(encodingFor(model).orElse(ESTIMATE_ENCODING));
  }
}

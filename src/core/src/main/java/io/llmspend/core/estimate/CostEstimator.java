package io.llmspend.core.estimate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.catalog.ModelCatalog;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.pricing.CallCost;
import io.llmspend.core.pricing.CallPricer;
import io.llmspend.core.pricing.PriceBook;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.tokenize.InputSplit;
import io.llmspend.core.tokenize.MaxOutputTokens;
import io.llmspend.core.tokenize.TokenCounter;
import io.llmspend.core.tokenize.TokenizeProperties;
import java.time.Instant;

/**
 * Estimates tokens and cost of a request before it is sent, with the same {@link TokenCounter}
 * and {@link CallPricer} as the nightly job, so the estimate's input equals the nightly re-count
 * of the same request. Plain Java: no Spring context or batch job needed.
 *
 * <pre>{@code
 * CostEstimator estimator = CostEstimator.withDefaults();
 * Estimate e = estimator.estimateRequest(null, "gpt-4o", requestJson, 500L, Instant.now());
 * e.input().totalTokens();   // input tokens
 * e.inputCostUsd();          // USD, the cost if the model answers nothing
 * e.maxCostUsd();            // USD, with 500 output tokens
 * }</pre>
 *
 * <p>Thread-safe; create once (the price book is read on creation).
 */
public final class CostEstimator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TokenCounter counter;
  private final CallPricer pricer;

  public CostEstimator(TokenCounter counter, CallPricer pricer) {
    this.counter = counter;
    this.pricer = pricer;
  }

  /** The default model-to-encoding table and the shipped price book and aliases. */
  public static CostEstimator withDefaults() {
    return of(TokenizeProperties.defaults(), PricingProperties.defaults());
  }

  /**
   * @throws io.llmspend.core.pricing.PriceBookException when the price book or aliases are
   *     invalid
   */
  public static CostEstimator of(TokenizeProperties tokenize, PricingProperties pricing) {
    PriceBook book = pricing.readPriceBook();
    ModelCatalog catalog =
        pricing.catalog(book, ModelCatalog.bundled().withEncodings(tokenize.encodings()));
    return new CostEstimator(new TokenCounter(catalog, tokenize.cacheSize()),
        CallPricer.over(book, catalog));
  }

  /**
   * Estimates a provider-native request body (OpenAI chat or Responses, Anthropic messages,
   * Gemini generateContent).
   *
   * @param provider a hint that only breaks ties between body shapes; {@code null}: guessed from
   *     the model ({@link #providerOf})
   * @param model the model the request goes to
   * @param request the request body
   * @param maxOutputTokens the output reservation; {@code null}: the body's own {@code
   *     max_tokens}, {@code max_completion_tokens}, {@code max_output_tokens} or {@code
   *     maxOutputTokens}, if any
   * @param at the instant whose prices apply (usually now)
   * @throws BadRecordException when the body is not a readable request
   */
  public Estimate estimateRequest(String provider, String model, JsonNode request,
      Long maxOutputTokens, Instant at) throws BadRecordException {
    String hint = provider == null ? providerOf(model) : provider;
    InputSplit split = counter.countRequest(hint, model, request);
    Long maxOutput = maxOutputTokens != null ? maxOutputTokens : MaxOutputTokens.of(request);
    CallCost input = pricer.price(hint, model, null, at, usage(split, 0), false, null);
    if (!input.priced()) {
      return new Estimate(model, input.priceModel(), split, maxOutput, false,
          input.unpricedReason(), null, null);
    }
    CallCost max = maxOutput == null ? null
        : pricer.price(hint, model, null, at, usage(split, maxOutput), false, null);
    return new Estimate(model, input.priceModel(), split, maxOutput, true, null,
        input.totalUsd(), max == null ? null : max.totalUsd());
  }

  /**
   * Estimates {@code text} sent as one user message of a chat request (framing included).
   *
   * @throws InvalidInputException if the text cannot be counted in bounded memory (a word of
   *     more than 50,000 characters without a break); a one-message chat body is otherwise always
   *     readable
   */
  public Estimate estimateText(String model, String text, Long maxOutputTokens, Instant at) {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("messages").addObject().put("role", "user").put("content", text);
    try {
      return estimateRequest(null, model, body, maxOutputTokens, at);
    } catch (BadRecordException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
  }

  /**
   * The body-shape hint for {@code model}: the maker the model catalog gives it ({@code anthropic}
   * for Claude, also on Bedrock and Vertex AI, whose bodies are Anthropic Messages; {@code google}
   * for Gemini); {@code openai} when it knows none.
   */
  public static String providerOf(String model) {
    String maker = ModelCatalog.bundled().resolve(model).maker();
    return maker == null ? "openai" : maker;
  }

  private static TokenUsage usage(InputSplit split, long output) {
    return new TokenUsage(split.totalTokens(), 0, 0, 0, output, 0);
  }
}

package io.llmspend.sample;

import java.util.Objects;

/**
 * One product function of the simulated company: who owns it, which model it calls and how its
 * traffic looks. All functions are listed in one table, {@link Company#FUNCTIONS}.
 *
 * @param name function name, logged as {@code function}
 * @param team owning team, logged as {@code team}
 * @param provider provider as logged ({@code openai}, {@code azure_openai}, {@code anthropic},
 *     {@code google}, {@code mistral})
 * @param model model as requested and logged
 * @param deployment Azure deployment name, or {@code null}
 * @param shape request and usage shape of the provider API
 * @param systemPrompt resource name of the system prompt under {@code sample-seeds/}
 * @param conversation where user messages come from
 * @param cache prompt-cache behaviour
 * @param maxTokens output limit sent with the request
 * @param batch share of calls sent through the provider batch API, 0..1
 * @param share relative share of all calls (weights need not add up to 1)
 * @param repeatRate share of the function's calls that repeat an earlier request exactly (same
 *     user, same messages, within the day), 0..0.5; the values and their reasons are in {@link
 *     Company#FUNCTIONS}
 * @param arrival when in the day calls arrive
 * @param source which log writes the call
 * @param outputTrace token-quantile trace used for output lengths
 */
record FunctionSpec(
    String name,
    String team,
    String provider,
    String model,
    String deployment,
    ApiShape shape,
    String systemPrompt,
    Conversation conversation,
    CacheMode cache,
    int maxTokens,
    double batch,
    double share,
    double repeatRate,
    Arrival arrival,
    LogSource source,
    String outputTrace) {

  FunctionSpec {
    Objects.requireNonNull(name);
    Objects.requireNonNull(team);
    Objects.requireNonNull(provider);
    Objects.requireNonNull(model);
    Objects.requireNonNull(shape);
    Objects.requireNonNull(conversation);
    Objects.requireNonNull(cache);
    Objects.requireNonNull(arrival);
    Objects.requireNonNull(source);
    if (maxTokens <= 0 || batch < 0 || batch > 1 || share <= 0 || repeatRate < 0
        || repeatRate > 0.5) {
      throw new IllegalArgumentException("bad function spec " + name);
    }
  }

  /** Request and usage shape of the provider API. */
  enum ApiShape {
    CHAT,
    RESPONSES,
    ANTHROPIC,
    GEMINI
  }

  /** Where user messages come from. */
  enum Conversation {
    /** OASST root-to-leaf path: one call per user turn, history grows. */
    MULTI_TURN,
    /** One OASST first-turn prompt. */
    SINGLE_PROMPT,
    /** Retrieved passages (OASST answers), each its own part, then an OASST question. */
    DOCUMENTS,
    /** One Arena-Hard coding prompt. */
    CODING,
    /** One Arena-Hard math prompt. */
    MATH,
    /** FastChat pairwise judge template filled with a question and two answers. */
    JUDGE,
    /** A synthetic invoice to extract fields from. */
    INVOICE,
    /** Usage only, prompt above 200k tokens, no request body. */
    LONG_CONTEXT
  }

  /** Prompt-cache behaviour. */
  enum CacheMode {
    NONE,
    /** OpenAI automatic caching: prompts of 1024+ tokens, hits in 128-token steps. */
    OPENAI_AUTO,
    /** Anthropic explicit cache_control on the system prompt, 5-minute TTL (some 1 h). */
    ANTHROPIC_SYSTEM
  }

  /** When in the day calls arrive. */
  enum Arrival {
    /** Business hours, weekdays busier than weekends. */
    INTERACTIVE,
    /** A nightly batch window. */
    NIGHTLY
  }

  /** Which log writes the call. */
  enum LogSource {
    APP,
    GATEWAY
  }
}

package io.llmspend.sample;

import io.llmspend.sample.FunctionSpec.ApiShape;
import io.llmspend.sample.FunctionSpec.CacheMode;
import io.llmspend.sample.PlannedCall.Plant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Computes the usage a provider would report for a planned call: input from the re-countable text
 * ({@link TokenCounter}), cache reads and writes from the {@link CacheSimulator}, output and
 * reasoning lengths drawn from the public traces. Calls must be given in time order. Not
 * thread-safe.
 */
final class UsageModel {
  static final int LONG_CONTEXT_MIN = 200_001;

  private final TokenCounter counter;
  private final TokenQuantiles quantiles;
  private final CacheSimulator cache = new CacheSimulator();

  UsageModel(TokenCounter counter, TokenQuantiles quantiles) {
    this.counter = counter;
    this.quantiles = quantiles;
  }

  /** The usage of this call, whose system prompt is {@code system}. */
  TokenTally tally(PlannedCall call, String system, Random random) {
    FunctionSpec spec = call.spec();
    if (call.plant() == Plant.HTTP_429) {
      return TokenTally.ZERO;
    }
    int[] out = output(spec, random);
    if (call.plant() == Plant.LONG_CONTEXT) {
      return new TokenTally(LONG_CONTEXT_MIN + random.nextInt(700_000), 0, 0, 0, out[0], out[1]);
    }
    double factor = factor(spec.shape());
    List<Turn> all = new ArrayList<>();
    all.add(new Turn("system", system));
    all.addAll(call.messages());
    int input = TokenCounter.scale(counter.chat(all), factor);
    if (call.plant() == Plant.HTTP_500) {
      return new TokenTally(input, 0, 0, 0, random.nextInt(out[0] / 2 + 1), 0);
    }
    int systemPrefix = TokenCounter.scale(counter.message(all.get(0)), factor);
    int[] cached = cached(call, systemPrefix, input);
    return new TokenTally(input, cached[0], cached[1], cached[2], out[0], out[1]);
  }

  private int[] cached(PlannedCall call, int systemPrefix, int input) {
    FunctionSpec spec = call.spec();
    if (spec.cache() == CacheMode.OPENAI_AUTO) {
      int read = cache.openAi(spec.name(), call.session(), call.at(), systemPrefix, input);
      return new int[] {read, 0, 0};
    }
    if (spec.cache() == CacheMode.ANTHROPIC_SYSTEM) {
      return cache.anthropic(spec.name(), call.at(), systemPrefix, anthropicTtl(call.user()));
    }
    return new int[3];
  }

  /** Users whose number is a multiple of 3 send {@code ttl: "1h"}; the others the 5-minute TTL. */
  static Duration anthropicTtl(String user) {
    int number = 0;
    for (int i = 0; i < user.length(); i++) {
      char c = user.charAt(i);
      number = c >= '0' && c <= '9' ? number * 10 + (c - '0') : number;
    }
    return number > 0 && number % 3 == 0 ? Duration.ofHours(1) : Duration.ofMinutes(5);
  }

  /** {@code {output including reasoning, reasoning}}, at most the function's max_tokens. */
  private int[] output(FunctionSpec spec, Random random) {
    int visible = Math.min(quantiles.sample(spec.outputTrace(), "output", random), spec.maxTokens());
    int reasoning = switch (spec.model()) {
      case "o4-mini", "o3" -> visible * (2 + random.nextInt(7));
      case "gpt-5-mini" -> 64 * (1 + random.nextInt(12));
      case "gemini-2.5-flash" -> 100 + random.nextInt(1200);
      case "gemini-2.5-pro" -> 300 + random.nextInt(3700);
      default -> 0;
    };
    reasoning = Math.min(reasoning, spec.maxTokens() - visible);
    return new int[] {visible + reasoning, reasoning};
  }

  private static double factor(ApiShape shape) {
    return switch (shape) {
      case ANTHROPIC -> TokenCounter.CLAUDE_FACTOR;
      case GEMINI -> TokenCounter.GEMINI_FACTOR;
      case CHAT, RESPONSES -> 1.0;
    };
  }
}

package io.llmspend.sample;

/**
 * The usage of one call in the provider's own count.
 *
 * @param input all input tokens, cached and cache writes included
 * @param cacheRead input read from a prompt cache
 * @param write5m input written to a 5-minute cache (Anthropic)
 * @param write1h input written to a 1-hour cache (Anthropic)
 * @param output all output tokens, reasoning included
 * @param reasoning reasoning / thinking tokens, a part of {@code output}
 */
record TokenTally(int input, int cacheRead, int write5m, int write1h, int output, int reasoning) {
  TokenTally {
    if (input < 0 || cacheRead < 0 || write5m < 0 || write1h < 0 || output < 0 || reasoning < 0
        || cacheRead + write5m + write1h > input || reasoning > output) {
      throw new IllegalArgumentException("inconsistent usage " + input + "/" + output);
    }
  }

  static final TokenTally ZERO = new TokenTally(0, 0, 0, 0, 0, 0);

  /** Input neither read from nor written to a cache. */
  int uncached() {
    return input - cacheRead - write5m - write1h;
  }
}

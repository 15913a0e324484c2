package io.llmspend.core.pricing;

import java.util.Locale;

/**
 * The price tier a call is billed at, from its logged service tier and batch flag.
 *
 * <p>Names (case-insensitive): none, {@code default}, {@code auto}, {@code standard},
 * {@code on_demand} = standard; {@code batch} (Anthropic usage report) = batch; {@code flex},
 * {@code on_demand_flex} (Vertex) = flex; {@code priority}, {@code fast} (OpenAI alias of
 * priority), {@code on_demand_priority} (Vertex) = priority (FORMATS §4.5, checked 2026-11).
 * Any other name ({@code scale}, {@code provisioned_throughput}...) is billed under a commitment
 * or unknown, so it has no per-token price: the call is unpriced, never guessed at standard.
 */
enum ServiceTier {
  STANDARD,
  BATCH,
  FLEX,
  PRIORITY;

  /**
   * @param name the logged service tier, or {@code null}
   * @param batch whether the call went through a batch API
   * @throws NoRateException for an unknown tier, or a batch call logged as flex or priority
   */
  static ServiceTier of(String name, boolean batch) throws NoRateException {
    ServiceTier named = named(name == null ? "" : name.trim().toLowerCase(Locale.ROOT));
    if (!batch || named == BATCH) {
      return named;
    }
    if (named == STANDARD) {
      return BATCH;
    }
    throw new NoRateException("batch call logged with service tier '" + name + "': conflicting tiers");
  }

  private static ServiceTier named(String name) throws NoRateException {
    return switch (name) {
      case "", "default", "auto", "standard", "on_demand" -> STANDARD;
      case "batch" -> BATCH;
      case "flex", "on_demand_flex" -> FLEX;
      case "priority", "fast", "on_demand_priority" -> PRIORITY;
      default -> throw new NoRateException(
          "service tier '" + name + "' has no per-token price (commitment-billed or unknown)");
    };
  }

  /** The lower-case name used in reasons and in the price book's column prefixes. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

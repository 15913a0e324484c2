package io.llmspend.core.tokenize;

import io.llmspend.core.tokenize.TokenizeProperties.EncodingRule;
import java.util.List;
import java.util.Optional;

/** Our model-to-encoding table (never JTokkit's prefix matching). Immutable, thread-safe. */
final class EncodingTable {

  private final List<EncodingRule> rules;

  EncodingTable(List<EncodingRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The encoding of the first rule matching the canonical or base name; empty if none. */
  Optional<String> encodingFor(String model) {
    String canonical = ModelNames.canonical(model);
    String base = ModelNames.base(model);
    for (EncodingRule rule : rules) {
      for (String pattern : rule.models()) {
        if (matches(pattern, canonical) || matches(pattern, base)) {
          return Optional.of(rule.encoding());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(String pattern, String name) {
    if (pattern.endsWith("*")) {
      return name.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return name.equals(pattern);
  }
}

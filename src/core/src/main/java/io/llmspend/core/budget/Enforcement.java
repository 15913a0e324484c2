package io.llmspend.core.budget;

import java.util.Locale;

/**
 * What an exceeded budget means: {@code hard} budgets make {@code nightly --fail-on-exceeded}
 * exit with code 6; {@code soft} budgets are only reported and alerted.
 */
public enum Enforcement {
  HARD, SOFT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException unless {@code hard} or {@code soft} */
  static Enforcement parse(String text) {
    for (Enforcement e : values()) {
      if (e.key().equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException("enforcement must be hard or soft: " + text);
  }
}

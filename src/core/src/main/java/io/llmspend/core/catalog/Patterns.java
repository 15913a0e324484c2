package io.llmspend.core.catalog;

/** The one pattern language of the catalog: {@code x*} is a prefix, anything else is exact. */
final class Patterns {

  private Patterns() {}

  static boolean matches(String pattern, String name) {
    if (pattern.endsWith("*")) {
      return name.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return name.equals(pattern);
  }
}

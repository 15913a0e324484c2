package io.llmspend.sample;

import java.util.List;

/**
 * One chat message, as one or more text parts (Anthropic text content blocks, Gemini parts; a
 * single part is logged as a plain string content).
 *
 * @param role {@code system}, {@code user} or {@code assistant}
 * @param parts the texts of the message, at least one
 */
record Turn(String role, List<String> parts) {

  Turn {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a turn has at least one part");
    }
  }

  /** A message of one text part. */
  Turn(String role, String text) {
    this(role, List.of(text));
  }

  /** The text of a one-part message (WasteLab and OASST turns). */
  String text() {
    if (parts.size() != 1) {
      throw new IllegalStateException("message of " + parts.size() + " parts");
    }
    return parts.get(0);
  }

  /** The same message with {@code first} as an extra part in front. */
  Turn withFirstPart(String first) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(parts);
    return new Turn(role, all);
  }
}

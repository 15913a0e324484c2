package io.llmspend.core.tokenize;

import java.util.List;

/**
 * One framed message of a request, in any provider's shape.
 *
 * @param role where the message counts
 * @param roleText the role string as written (counted as a value), or {@code null} if absent
 * @param content the texts of the message (content parts, tool calls), in order
 * @param name the message's {@code name}, or {@code null}
 */
record Turn(Role role, String roleText, List<String> content, String name) {

  Turn {
    content = List.copyOf(content);
  }

  enum Role {
    SYSTEM,
    USER,
    OTHER;

    /** {@code system} and {@code developer} are SYSTEM, {@code user} is USER. */
    static Role of(String roleText) {
      if ("system".equals(roleText) || "developer".equals(roleText)) {
        return SYSTEM;
      }
      return "user".equals(roleText) ? USER : OTHER;
    }
  }
}

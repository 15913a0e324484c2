package io.llmspend.core.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the token counts of a usage object that no rule of its shape prices: every numeric leaf
 * above zero whose path (dot-separated; array items as {@code []}) is not in the shape's known
 * set. A count is never dropped silently: each such path becomes the data-quality note
 * {@code usage key not understood: <path>}.
 */
public final class UsageNotes {
  /** The data-quality note prefix for a token count no rule prices. */
  public static final String NOT_UNDERSTOOD = "usage key not understood: ";

  /** The usage object's server-tool request counts, read by the usage normalizer. */
  public static final String SERVER_TOOL_USE = "server_tool_use";

  private UsageNotes() {}

  /** The note for one key. */
  public static String notUnderstood(String key) {
    return NOT_UNDERSTOOD + key;
  }

  /**
   * @param usage the usage object
   * @param known paths whose counts are priced (or are a split of a priced count)
   * @return one note per unknown path with a count above zero, in document order
   */
  public static List<String> unknownKeys(JsonNode usage, Set<String> known) {
    List<String> notes = new ArrayList<>();
    walk(usage, "", known, notes);
    return notes;
  }

  private static void walk(JsonNode node, String path, Set<String> known, List<String> notes) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (path.isEmpty() && e.getKey().equals(SERVER_TOOL_USE)) {
          continue; // read by ServerTools
        }
        walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), known, notes);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        walk(item, path + "[]", known, notes);
      }
    } else if (node.isNumber() && node.asDouble() > 0 && !known.contains(path)
        && !notes.contains(notUnderstood(path))) {
      notes.add(notUnderstood(path));
    }
  }
}

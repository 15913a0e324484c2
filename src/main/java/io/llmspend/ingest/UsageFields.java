package io.llmspend.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads token counts out of usage objects: absent is 0; negative or non-integer is bad input. */
final class UsageFields {
  private UsageFields() {}

  /**
   * The count at {@code path} (dot-separated) under {@code usage}: 0 when absent or null.
   *
   * @throws BadRecordException if the value is not a whole number or is negative
   */
  static long count(JsonNode usage, String path) throws BadRecordException {
    JsonNode node = usage;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    if (node.isMissingNode() || node.isNull()) {
      return 0;
    }
    if (!node.canConvertToExactIntegral()) {
      throw new BadRecordException("usage." + path + " is not a whole number: " + node);
    }
    long value = node.asLong();
    if (value < 0) {
      throw new BadRecordException("negative token count in usage." + path + ": " + value);
    }
    return value;
  }

  /** Whether any of the given top-level fields is present in {@code usage}. */
  static boolean hasAny(JsonNode usage, String... fields) {
    for (String field : fields) {
      if (usage.has(field)) {
        return true;
      }
    }
    return false;
  }
}

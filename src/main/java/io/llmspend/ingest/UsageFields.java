package io.llmspend.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads token counts out of usage objects: absent is 0; negative, fractional, or above
 * {@link #MAX_TOKENS} is bad input.
 */
final class UsageFields {
  /**
   * The largest token count one call may report: a trillion. No model takes a prompt within
   * orders of magnitude of it; a larger count is a logging bug, and keeping counts below it keeps
   * every cost within DECIMAL(24, 12) and every sum within 64 bits.
   */
  static final long MAX_TOKENS = 1_000_000_000_000L;

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
    if (!node.canConvertToLong() || node.asLong() > MAX_TOKENS) {
      throw new BadRecordException("implausible token count in usage." + path + ": " + node
          + " (more than " + MAX_TOKENS + ")");
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

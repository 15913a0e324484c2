package io.llmspend.core.requestlog;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import java.util.StringJoiner;

/**
 * Reads the optional {@code prefix_block_hashes} field: the hashes of the request's input in
 * consecutive blocks of {@value #BLOCK_TOKENS} tokens, each hash covering its block and every
 * block before it (Mooncake trace style), for logs that carry hashes instead of prompt text.
 */
final class PrefixBlocks {
  static final String FIELD = "prefix_block_hashes";
  /** Tokens per block (Mooncake traces: 512). */
  static final int BLOCK_TOKENS = 512;

  private PrefixBlocks() {}

  /**
   * @param node the field's value (missing or null: not logged)
   * @return the hashes joined by commas, or {@code null} when not logged or empty
   * @throws BadRecordException when it is not an array of strings or whole numbers, or a string
   *     is blank or holds a comma
   */
  static String of(JsonNode node) throws BadRecordException {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      throw new BadRecordException(FIELD + " is not an array");
    }
    StringJoiner joined = new StringJoiner(",");
    for (JsonNode item : node) {
      joined.add(hash(item));
    }
    return node.isEmpty() ? null : joined.toString();
  }

  private static String hash(JsonNode item) throws BadRecordException {
    if (item.canConvertToExactIntegral() && item.isNumber()) {
      return item.bigIntegerValue().toString();
    }
    if (item.isTextual() && !item.asText().isBlank() && item.asText().indexOf(',') < 0) {
      return item.asText().strip();
    }
    throw new BadRecordException(FIELD + " holds a value that is not a hash: " + item);
  }
}

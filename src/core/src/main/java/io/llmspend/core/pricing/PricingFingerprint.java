package io.llmspend.core.pricing;

import io.llmspend.core.Hashes;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every priced row depends on, as text, one line each: the SHA-256 of the price book, alias
 * and tool-fee files' bytes (their content, not where they are), then the Azure deployments and
 * Bedrock inference profiles in key order. Stateless, thread-safe.
 *
 * <pre>
 * price-book 3f1c...
 * aliases 9a0e...
 * tool-fees 27bd...
 * deployment prod-chat gpt-4o-mini
 * </pre>
 */
final class PricingFingerprint {
  private PricingFingerprint() {}

  /** @throws PriceBookException when a file cannot be read */
  static String of(PricingProperties properties) {
    StringBuilder text = new StringBuilder();
    text.append("price-book ").append(sha256(properties.priceBook())).append('\n');
    text.append("aliases ").append(sha256(properties.aliases())).append('\n');
    text.append("tool-fees ").append(sha256(properties.toolFees())).append('\n');
    append(text, "deployment", properties.deployments());
    append(text, "inference-profile", properties.inferenceProfiles());
    return text.toString();
  }

  private static void append(StringBuilder text, String kind, Map<String, String> entries) {
    new TreeMap<>(entries).forEach((key, value) ->
        text.append(kind).append(' ').append(key).append(' ').append(value).append('\n'));
  }

  private static String sha256(String location) {
    try {
      return Hashes.sha256Hex(PriceSource.read(location));
    } catch (IOException e) {
      throw new PriceBookException(PriceSource.name(location), 0,
          "cannot read: " + e.getMessage(), e);
    }
  }
}

package io.llmspend.batch.remote;

import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.batch.exports.ExportsProperties;
import io.llmspend.batch.ingest.IngestProperties;
import io.llmspend.core.Hashes;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.tokenize.TokenizeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Everything a partition's rows depend on besides its lines, as one SHA-256: the pricing
 * fingerprint (price book, aliases, tool fees, deployments, inference profiles: {@link
 * PricingProperties#fingerprint}), the encoding rules, the time zone, the longest line kept and
 * the CSV mappings file. The manager writes it into every partition; a worker whose own differs
 * refuses the partition ({@link PartitionGuard}). Immutable.
 *
 * @param sha256 lower-case hex
 * @param text what was hashed, for the refusal's message
 */
record SettingsFingerprint(String sha256, String text) {
  /** The key of the fingerprint in a partition's execution context. */
  static final String KEY = "llmspend.settings.sha256";

  static SettingsFingerprint of(PricingProperties pricing, TokenizeProperties tokenize,
      LlmSpendProperties settings, IngestProperties ingest, ExportsProperties exports) {
    String text = pricing.fingerprint()
        + "encodings " + tokenize.encodings() + "\n"
        + "time-zone " + settings.timeZone().getId() + "\n"
        + "max-line-bytes " + ingest.maxLineBytes() + "\n"
        + "csv-mappings " + csvMappings(exports) + "\n";
    return new SettingsFingerprint(Hashes.sha256Hex(text), text);
  }

  /** The first 12 hex digits, for messages. */
  String shortSha() {
    return sha256.substring(0, 12);
  }

  private static String csvMappings(ExportsProperties exports) {
    if (!Files.isRegularFile(exports.csvMappings())) {
      return "none";
    }
    try {
      return Hashes.sha256Hex(Files.readAllBytes(exports.csvMappings()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + exports.csvMappings(), e);
    }
  }
}

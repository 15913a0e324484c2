package io.llmspend.batch.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest settings still accepted (so existing configuration files start) but ignored: each one
 * that is set gets one WARN line at start-up naming the setting that replaced it (README:
 * Configuration).
 */
final class DeprecatedIngestSettings {
  private static final Logger LOG = LoggerFactory.getLogger(DeprecatedIngestSettings.class);

  private DeprecatedIngestSettings() {}

  /** Warns when {@code llmspend.ingest.chunk-size} is set. */
  static void warn(IngestProperties ingest) {
    if (ingest.chunkSize() != null) {
      LOG.warn("llmspend.ingest.chunk-size is deprecated and ignored: the ingest commits whole "
          + "partitions, sized by llmspend.ingest.partition-bytes; remove the setting");
    }
  }
}

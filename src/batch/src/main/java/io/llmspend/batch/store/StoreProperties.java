package io.llmspend.batch.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * DuckDB store policy.
 *
 * @param memoryLimit DuckDB's {@code memory_limit} for the store (e.g. {@code 2GB}); beyond it
 *     DuckDB spills to disk next to the store. {@code null}: DuckDB's default, 80% of the
 *     machine's memory
 */
@ConfigurationProperties(prefix = "llmspend.store")
public record StoreProperties(String memoryLimit) {
  public StoreProperties {
    if (memoryLimit != null && !memoryLimit.strip().matches("(?i)[0-9]+(\\.[0-9]+)?\\s*[kmgt]i?b")) {
      throw new IllegalArgumentException("llmspend.store.memory-limit must be a size such as 2GB"
          + " or 512MiB: " + memoryLimit);
    }
  }
}

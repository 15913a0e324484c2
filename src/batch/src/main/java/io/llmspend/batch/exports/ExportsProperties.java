package io.llmspend.batch.exports;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param csvMappings how CSV request traces in a logs folder map onto request-log records
 *     (default {@code jobs/csv-mappings.yml}; missing = no CSV mapping)
 */
@ConfigurationProperties(prefix = "llmspend.exports")
public record ExportsProperties(Path csvMappings) {
  public ExportsProperties {
    csvMappings = csvMappings == null ? Path.of("jobs", "csv-mappings.yml") : csvMappings;
  }
}

package io.llmspend.attribution;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rulesFile the attribution rules (default {@code jobs/attribution.yml}; missing = none)
 */
@ConfigurationProperties(prefix = "llmspend.attribution")
public record AttributionProperties(Path rulesFile) {
  public AttributionProperties {
    rulesFile = rulesFile == null ? Path.of("jobs", "attribution.yml") : rulesFile;
  }
}

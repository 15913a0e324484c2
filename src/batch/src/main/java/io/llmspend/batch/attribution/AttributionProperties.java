package io.llmspend.batch.attribution;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rulesFile the attribution rules file. When not set, {@code jobs/attribution.yml} in the
 *     working directory is used if it exists (no rules otherwise); a file that is set must exist.
 */
@ConfigurationProperties(prefix = "llmspend.attribution")
public record AttributionProperties(Path rulesFile) {
  static final Path DEFAULT_RULES_FILE = Path.of("jobs", "attribution.yml");

  /** The rules file to read, or {@code null} when there is none to read. */
  Path effectiveRulesFile() {
    if (rulesFile != null) {
      return rulesFile;
    }
    return Files.exists(DEFAULT_RULES_FILE) ? DEFAULT_RULES_FILE : null;
  }
}

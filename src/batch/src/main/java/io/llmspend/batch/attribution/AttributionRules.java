package io.llmspend.batch.attribution;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.llmspend.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code jobs/attribution.yml}:
 *
 * <pre>
 * rules:
 *   - api-key-id: key-growth-batch      # calls made with this key...
 *     team: growth                      # ...belong to growth when they log no team
 *   - system-prompt-hash: 3f2a9c1e      # calls whose system prompt has this fingerprint...
 *     function: contract-review         # ...are contract-review when they log no function
 * </pre>
 */
public final class AttributionRules {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AttributionRules() {}

  /**
   * @param file the rules file, or {@code null} for no rules
   * @return the rules in file order
   * @throws InvalidInputException naming the file and the problem when it is missing or invalid
   */
  public static List<AttributionRule> read(Path file) {
    if (file == null) {
      return List.of();
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("attribution rules file not found: " + file.toAbsolutePath());
    }
    try {
      RulesFile parsed = YAML.readValue(file.toFile(), RulesFile.class);
      return parsed == null || parsed.rules() == null ? List.of() : List.copyOf(parsed.rules());
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException("invalid attribution rules " + file + ": "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  record RulesFile(List<AttributionRule> rules) {}
}

package io.llmspend.batch.attribution;

import io.llmspend.core.InvalidInputException;
import io.llmspend.core.yaml.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code jobs/attribution.yml} (the one YAML reading path, {@link YamlFiles}):
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
      RulesFile parsed = YamlFiles.read(file, RulesFile.class);
      return parsed == null || parsed.rules() == null ? List.of() : List.copyOf(parsed.rules());
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException("invalid attribution rules " + file + ": "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  record RulesFile(List<AttributionRule> rules) {}
}

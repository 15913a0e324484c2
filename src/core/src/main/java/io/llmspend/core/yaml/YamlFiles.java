package io.llmspend.core.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way llmspend reads its YAML files ({@code jobs/budgets.yml}, {@code
 * jobs/attribution.yml}, {@code jobs/schedule.yml}, {@code jobs/csv-mappings.yml}): Jackson YAML
 * onto records, keys in kebab case ({@code limit-usd} is {@code limitUsd}), an unknown key refused
 * (a misspelt key is never ignored), numbers with a fraction read as {@link java.math.BigDecimal}
 * (money is never binary floating point) and never truncated to an integer. Each file's reader
 * adds what its file means (validation, error wording) on top.
 *
 * <pre>{@code
 * record RulesFile(List<AttributionRule> rules) {}
 * RulesFile parsed = YamlFiles.read(Path.of("jobs/attribution.yml"), RulesFile.class);
 * }</pre>
 *
 * <p>Thread-safe (the mapper is configured once, then only read).
 */
public final class YamlFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private YamlFiles() {}

  /**
   * Reads a whole file as {@code shape}.
   *
   * @return the file's content, or {@code null} when the file holds nothing (empty, comments only)
   * @throws JsonProcessingException when the file is not YAML or does not fit {@code shape}
   * @throws IOException when the file cannot be read
   */
  public static <T> T read(Path file, Class<T> shape) throws IOException {
    try (JsonParser parser = parser(file)) {
      return parser.nextToken() == null ? null : YAML.readValue(parser, shape);
    }
  }

  /**
   * A parser over a file, for a reader that walks the file itself to name each entry's line
   * ({@code budgets.yml}); read each entry with {@link #read(JsonParser, Class)}. Close it.
   *
   * @throws IOException when the file cannot be opened
   */
  public static JsonParser parser(Path file) throws IOException {
    return YAML.createParser(file.toFile());
  }

  /**
   * Reads the value at the parser's current token as {@code shape}, with the same rules as
   * {@link #read(Path, Class)}.
   *
   * @throws IOException as {@link #read(Path, Class)} does
   */
  public static <T> T read(JsonParser parser, Class<T> shape) throws IOException {
    return YAML.readValue(parser, shape);
  }

  /**
   * What went wrong, in one line: the first line of the parser's message and, for a YAML syntax
   * error, its last (what was found), without the location lines.
   */
  public static String reason(JsonProcessingException e) {
    List<String> lines = e.getOriginalMessage().lines().map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^")).toList();
    return lines.isEmpty() ? "" : lines.size() == 1 ? lines.get(0)
        : lines.get(0) + ": " + lines.get(lines.size() - 1);
  }
}

package io.llmspend.core.budget;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.yaml.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates {@code jobs/budgets.yml} (format in docs/budgets.md) the way every YAML
 * file is read ({@link YamlFiles}), entry by entry so that an error names its budget's line:
 *
 * <pre>
 * budgets:
 *   - name: research-monthly
 *     scope: team            # global, team, function, user, model, api_key, tag
 *     member: research       # a value, "*" for each member, key=value or key=* for tags
 *     period: month          # day, week, month, quarter
 *     limit-usd: 150.00
 *     thresholds: [50, 80, 100]
 *     enforcement: hard      # hard or soft (default soft)
 *     owner: research-leads@example.com
 * </pre>
 *
 * <p>Thread-safe (stateless).
 */
public final class BudgetFile {
  private BudgetFile() {}

  /**
   * @param file the budgets file; a missing file means no budgets
   * @return the budgets in file order
   * @throws InvalidInputException naming the file, the line and the reason when it is invalid
   */
  public static List<Budget> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (JsonParser parser = YamlFiles.parser(file)) {
      return budgets(parser, file);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw invalid(file, line, YamlFiles.reason(e), e);
    } catch (IOException e) {
      throw new InvalidInputException("cannot read budgets file " + file + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Reads a budgets file that must exist: for the live guard and {@code budget status}, which are
   * given the file by name, so a mistyped path would otherwise enforce or show no budget at all.
   *
   * @param file the budgets file
   * @return the budgets in file order
   * @throws InvalidInputException when the file is missing (naming it) or invalid
   */
  public static List<Budget> readRequired(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("budgets file not found: " + file.toAbsolutePath());
    }
    return read(file);
  }

  /** Moves to the start of the list of budgets; false when the file has none. */
  private static boolean openList(JsonParser parser, Path file) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return false;
    }
    if (first != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
        || !"budgets".equals(parser.currentName())) {
      throw invalid(file, line(parser), "the file must start with 'budgets:'", null);
    }
    JsonToken list = parser.nextToken();
    if (list != JsonToken.VALUE_NULL && list != JsonToken.START_ARRAY) {
      throw invalid(file, line(parser), "'budgets' must be a list", null);
    }
    return list == JsonToken.START_ARRAY;
  }

  private static List<Budget> budgets(JsonParser parser, Path file) throws IOException {
    if (!openList(parser, file)) {
      return List.of();
    }
    List<Budget> budgets = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      int line = line(parser);
      Budget budget = entry(parser, file, line);
      Integer earlier = names.putIfAbsent(budget.name(), line);
      if (earlier != null) {
        throw invalid(file, line, "duplicate budget name '" + budget.name()
            + "' (first on line " + earlier + ")", null);
      }
      budgets.add(budget);
    }
    if (parser.currentToken() != JsonToken.END_ARRAY) {
      throw invalid(file, line(parser), "each budget must be a mapping of fields", null);
    }
    return List.copyOf(budgets);
  }

  /** Errors inside an entry name the entry's first line: Jackson reports where it stopped. */
  private static Budget entry(JsonParser parser, Path file, int line) throws IOException {
    try {
      return YamlFiles.read(parser, BudgetEntry.class).toBudget(line);
    } catch (StreamReadException e) {
      throw e; // not YAML: its own line
    } catch (UnrecognizedPropertyException e) {
      throw invalid(file, line, "unknown field '" + e.getPropertyName() + "' (fields: name, scope,"
          + " member, period, limit-usd, thresholds, enforcement, owner)", e);
    } catch (JsonProcessingException e) {
      throw invalid(file, line, YamlFiles.reason(e), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(file, line, e.getMessage(), e);
    }
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static InvalidInputException invalid(Path file, int line, String reason, Exception e) {
    return new InvalidInputException("invalid budgets file " + file + ", line " + line + ": "
        + reason, e);
  }
}

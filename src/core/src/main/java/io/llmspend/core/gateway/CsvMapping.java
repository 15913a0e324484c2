package io.llmspend.core.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.json.JsonFields;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Map;
import java.util.Set;

/**
 * Maps the rows of CSV request traces onto request-log records (one entry of {@code
 * jobs/csv-mappings.yml}).
 *
 * @param name a label for messages
 * @param files a glob on the file name ({@code AzureLLMInferenceTrace_*.csv})
 * @param timestamp the column with the call's time (ISO-8601, or a local date-time in UTC)
 * @param values fixed request-log fields for every row ({@code provider}, {@code model}, {@code
 *     team}, {@code function}...)
 * @param columns request-log field -> CSV column ({@code user: UserId}); wins over {@code values}
 * @param tokens token class ({@code input}, {@code cached_input}, {@code output}) -> CSV column;
 *     {@code input} counts all input, cached included
 */
record CsvMapping(String name, String files, String timestamp, Map<String, String> values,
    Map<String, String> columns, Map<String, String> tokens) {
  private static final Set<String> FIELDS = Set.of("request_id", "provider", "model",
      "deployment", "team", "function", "user", "api_key_id", "project");

  CsvMapping {
    values = values == null ? Map.of() : Map.copyOf(values);
    columns = columns == null ? Map.of() : Map.copyOf(columns);
    tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
    if (name == null || files == null || timestamp == null) {
      throw new IllegalArgumentException("a CSV mapping needs name, files and timestamp");
    }
    for (String field : concat(values.keySet(), columns.keySet())) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("CSV mapping " + name + ": unknown field " + field
            + " (one of " + FIELDS + ")");
      }
    }
    if (!tokens.containsKey("input")) {
      throw new IllegalArgumentException("CSV mapping " + name + ": tokens.input is required");
    }
  }

  /** Whether this mapping reads {@code file} (matched on its last path segment). */
  boolean matches(String file) {
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + files);
    return glob.matches(Path.of(file).getFileName());
  }

  /** The request-log record of one CSV row, given as {@code {column: text}}. */
  ObjectNode toRequestLog(JsonNode row) throws BadRecordException {
    ObjectNode out = JsonNodeFactory.instance.objectNode()
        .put("timestamp", GatewayFields.timestamp(row, timestamp));
    values.forEach(out::put);
    columns.forEach((field, column) -> out.put(field, JsonFields.text(row, column)));
    String provider = JsonFields.text(out, "provider");
    if (provider == null || JsonFields.text(out, "model") == null) {
      throw new BadRecordException("CSV mapping " + name + " gives no provider or model");
    }
    long input = JsonFields.wholeNumberOrText(row, tokens.get("input"));
    long cached = tokens.containsKey("cached_input")
        ? JsonFields.wholeNumberOrText(row, tokens.get("cached_input")) : 0;
    if (cached > input) {
      throw new BadRecordException("cached input " + cached + " exceeds input " + input);
    }
    long output = tokens.containsKey("output") ? JsonFields.wholeNumberOrText(row, tokens.get("output")) : 0;
    out.set("response", UsageShapes.response(provider, input - cached, cached, 0, 0, output, 0));
    return out;
  }

  private static Set<String> concat(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }
}

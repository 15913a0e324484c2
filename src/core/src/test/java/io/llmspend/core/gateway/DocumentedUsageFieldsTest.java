package io.llmspend.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.pricing.TokenUsage;
import io.llmspend.core.requestlog.NormalizedUsage;
import io.llmspend.core.requestlog.UsageNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every usage field docs/request-log-format.md documents for the LiteLLM, Langfuse,
 * OpenTelemetry and Bedrock invocation-log sources is mapped: a record holding only that field (7 tokens) is translated and normalized, and the 7
 * tokens land in a token class or a server-tool count, with no "usage key not understood" note,
 * unless the table row says the field is not priced or is noted. A field added to the doc without
 * a rule in the code fails here.
 */
class DocumentedUsageFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DOC = Path.of("..", "..", "docs", "request-log-format.md");
  private static final Pattern KEY = Pattern.compile("`([a-z0-9_.]+)`");

  /** One documented field: its source table, the field, and what its row says it is. */
  record Field(String source, String key, String pricedAs) {
    @Override
    public String toString() {
      return source + " " + key;
    }
  }

  static Stream<Field> fields() throws Exception {
    List<Field> fields = new ArrayList<>();
    String source = null;
    for (String line : Files.readAllLines(DOC)) {
      if (line.startsWith("### ")) {
        source = line.contains("LiteLLM") ? "litellm" : line.contains("Langfuse") ? "langfuse"
            : line.contains("OpenTelemetry") ? "otel" : line.contains("Bedrock model invocation")
            ? "bedrock" : null;
        continue;
      }
      if (source == null || !line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      Matcher m = KEY.matcher(cells[1]);
      while (m.find()) {
        String key = m.group(1);
        boolean usage = switch (source) {
          case "otel" -> key.startsWith("gen_ai.usage.");
          case "bedrock" -> key.contains("TokenCount") || key.contains(".usage.");
          default -> true;
        };
        if (usage) {
          fields.add(new Field(source, key, cells[2].strip()));
        }
      }
    }
    assertThat(fields).as("fields read from the doc").hasSizeGreaterThan(40);
    return fields.stream();
  }

  @ParameterizedTest
  @MethodSource("fields")
  void everyDocumentedUsageFieldIsMapped(Field field) throws Exception {
    if (field.key().startsWith("_") || field.pricedAs().startsWith("not priced")
        || field.pricedAs().startsWith("not used") || field.key().equals("cache_hit")
        || List.of("prompt_tokens", "completion_tokens", "input", "output").contains(field.key())
            && field.source().equals("litellm")) {
      return; // a suffix shorthand, or a field the row says is not priced
    }
    List<String> notes = new ArrayList<>();
    TokenUsage u = usage(record(field.source(), field.key()), notes);
    TokenUsage without = usage(record(field.source(), null), new ArrayList<>());
    if (field.pricedAs().contains("noted")) {
      assertThat(notes).as("notes").anyMatch(n -> n.contains("usage key not understood"));
    } else {
      assertThat(notes).as("notes").noneMatch(n -> n.contains("usage key not understood"));
    }
    if (field.pricedAs().startsWith("splits") || field.pricedAs().contains("a split")
        || field.pricedAs().startsWith("inside")) {
      return; // a split of a priced count: counted inside it, not on its own
    }
    assertThat(u).as("the usage with " + field.key() + " differs from the usage without")
        .isNotEqualTo(without);
  }

  private static TokenUsage usage(JsonNode record, List<String> notes) throws Exception {
    JsonNode log = GatewayRecords.NONE.toRequestLog("x.jsonl", record);
    NormalizedUsage usage = new UsageNormalizer().normalize(log.path("provider").asText(),
        log.get("response")).orElseThrow();
    notes.addAll(usage.notes());
    log.path("usage_notes").forEach(n -> notes.add(n.asText()));
    return usage.usage();
  }

  private static JsonNode record(String source, String key) throws Exception {
    return switch (source) {
      case "litellm" -> liteLlm(key);
      case "langfuse" -> langfuse(key);
      case "otel" -> otel(key);
      default -> bedrock(key);
    };
  }

  /** An expanded OpenTelemetry GenAI span whose attributes hold only the field (as int64 text). */
  private static JsonNode otel(String key) throws Exception {
    ObjectNode span = (ObjectNode) JSON.readTree("{\"otel_span\":{\"traceId\":\"t\","
        + "\"spanId\":\"s\",\"startTimeUnixNano\":\"1793613600000000000\",\"attributes\":"
        + "{\"gen_ai.operation.name\":\"chat\",\"gen_ai.request.model\":\"gpt-4o\","
        + "\"gen_ai.usage.input_tokens\":\"100\",\"gen_ai.usage.output_tokens\":\"100\"},"
        + "\"resource\":{}}}");
    if (key != null) {
      ObjectNode attributes = (ObjectNode) span.path("otel_span").path("attributes");
      // an older name is read when the current one is absent: it replaces it
      String current = key.replace("prompt_tokens", "input_tokens")
          .replace("completion_tokens", "output_tokens");
      if (!current.equals(key)) {
        attributes.remove(current);
      }
      attributes.put(key, attributes.has(key) || !current.equals(key) ? "107" : "7");
    }
    return span;
  }

  /** A Bedrock invocation log record (10 cache writes) with the field set to 7. */
  private static JsonNode bedrock(String key) throws Exception {
    ObjectNode log = (ObjectNode) JSON.readTree("{\"schemaType\":\"ModelInvocationLog\","
        + "\"timestamp\":\"2026-11-02T00:00:00Z\",\"requestId\":\"r\",\"modelId\":"
        + "\"anthropic.claude-3-5-haiku-20241022-v1:0\",\"input\":{\"inputTokenCount\":100,"
        + "\"cacheWriteInputTokenCount\":10},\"output\":{\"outputTokenCount\":10}}");
    if (key != null) {
      String[] parts = key.split("\\.");
      ObjectNode at = log;
      for (int i = 0; i < parts.length - 1; i++) {
        at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
      }
      String last = parts[parts.length - 1];
      at.put(last, at.path(last).asLong(0) + 7);
    }
    return log;
  }

  /** A LiteLLM SpendLogs row whose additional_usage_values hold only the field. */
  private static JsonNode liteLlm(String key) throws Exception {
    ObjectNode row = (ObjectNode) JSON.readTree("{\"request_id\":\"r\",\"startTime\":"
        + "\"2026-11-02T00:00:00Z\",\"spend\":0,\"prompt_tokens\":100,\"completion_tokens\":10,"
        + "\"model\":\"claude-sonnet-4-5\",\"custom_llm_provider\":\"anthropic\"}");
    ObjectNode extra = row.putObject("metadata").putObject("additional_usage_values");
    if (key == null) {
      return row;
    }
    String path = key.replaceFirst("^additional_usage_values\\.", "").replace("<tool>", "web_search");
    put(extra, path);
    return row;
  }

  /** A Langfuse GENERATION whose usageDetails hold only the field. */
  private static JsonNode langfuse(String key) throws Exception {
    ObjectNode obs = (ObjectNode) JSON.readTree("{\"id\":\"o\",\"traceId\":\"t\",\"type\":"
        + "\"GENERATION\",\"startTime\":\"2026-11-02T00:00:00Z\",\"model\":\"claude-sonnet-4-5\"}");
    ObjectNode details = obs.putObject("usageDetails");
    if (key != null) {
      put(details, key);
    }
    return obs;
  }

  private static void put(ObjectNode node, String dotted) {
    String[] parts = dotted.split("\\.");
    ObjectNode at = node;
    for (int i = 0; i < parts.length - 1; i++) {
      at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
    }
    at.put(parts[parts.length - 1], 7);
  }
}

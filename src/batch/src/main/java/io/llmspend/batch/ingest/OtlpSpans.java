package io.llmspend.batch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands OTLP/JSON trace records (an {@code ExportTraceServiceRequest}: {@code resourceSpans[]
 * .scopeSpans[].spans[]}, one per line as the OpenTelemetry collector's file exporter writes
 * them, or one per file) into one record per GenAI call span, {@code {"otel_span": {...}}} with
 * the span's and its resource's attributes flattened ({@code key: value}; int64 values, which
 * OTLP/JSON writes as strings, stay as written). A span is a call when its {@code
 * gen_ai.operation.name} (older instrumentations: {@code llm.request.type}) is {@code chat},
 * {@code text_completion}, {@code generate_content} or {@code embeddings}; other spans (HTTP,
 * database, agent, tool and workflow spans, whose usage would count their calls twice) are
 * skipped and counted ({@link #skipped()}), not quarantined. Other records pass unchanged. Not
 * thread-safe.
 */
final class OtlpSpans implements RecordSource {
  private static final Logger LOG = LoggerFactory.getLogger(OtlpSpans.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> CALL_OPERATIONS =
      Set.of("chat", "text_completion", "generate_content", "embeddings", "completion");
  private final RecordSource inner;
  private final String name;
  private final Deque<byte[]> pending = new ArrayDeque<>();
  private long skipped;

  OtlpSpans(RecordSource inner, String name) {
    this.inner = inner;
    this.name = name;
  }

  @Override
  public LineSplitter.Line next() throws IOException {
    while (pending.isEmpty()) {
      LineSplitter.Line line = inner.next();
      if (line == null) {
        if (skipped > 0) {
          LOG.info("{}: {} OpenTelemetry spans that are not GenAI calls skipped", name, skipped);
        }
        return null;
      }
      if (line.tooLong() || !looksLikeOtlp(line.bytes())) {
        return line;
      }
      JsonNode request;
      try {
        request = JSON.readTree(line.bytes());
      } catch (IOException e) {
        return line; // the parser quarantines it with its reason
      }
      expand(request);
    }
    return new LineSplitter.Line(pending.poll(), false);
  }

  @Override
  public String identity() {
    return inner.identity();
  }

  /** Spans read that are not GenAI calls. */
  long skipped() {
    return skipped;
  }

  private static final byte[] KEY = "\"resourceSpans\"".getBytes(StandardCharsets.US_ASCII);

  /** Whether the record starts {@code {"resourceSpans"} (whitespace allowed): no parsing. */
  private static boolean looksLikeOtlp(byte[] bytes) {
    int i = skipSpace(bytes, 0);
    if (i >= bytes.length || bytes[i] != '{') {
      return false;
    }
    i = skipSpace(bytes, i + 1);
    if (bytes.length - i < KEY.length) {
      return false;
    }
    for (int k = 0; k < KEY.length; k++) {
      if (bytes[i + k] != KEY[k]) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n'
        || bytes[i] == '\r')) {
      i++;
    }
    return i;
  }

  private void expand(JsonNode request) throws IOException {
    for (JsonNode resourceSpans : request.path("resourceSpans")) {
      ObjectNode resource = attributes(resourceSpans.path("resource").path("attributes"));
      for (JsonNode scopeSpans : resourceSpans.path("scopeSpans")) {
        for (JsonNode span : scopeSpans.path("spans")) {
          ObjectNode attributes = attributes(span.path("attributes"));
          String operation = attributes.path("gen_ai.operation.name")
              .asText(attributes.path("llm.request.type").asText(""));
          if (!CALL_OPERATIONS.contains(operation)) {
            skipped++;
            continue;
          }
          ObjectNode out = JSON.createObjectNode();
          ObjectNode s = out.putObject("otel_span");
          for (String field : new String[] {"traceId", "spanId", "name", "startTimeUnixNano",
              "endTimeUnixNano"}) {
            if (span.has(field)) {
              s.set(field, span.get(field));
            }
          }
          s.put("statusCode", span.path("status").path("code").asText(""));
          s.set("attributes", attributes);
          s.set("resource", resource);
          pending.add(JSON.writeValueAsBytes(out));
        }
      }
    }
  }

  /** OTLP {@code [{key, value: {stringValue|intValue|doubleValue|boolValue|arrayValue}}]}. */
  private static ObjectNode attributes(JsonNode list) {
    ObjectNode out = JSON.createObjectNode();
    for (JsonNode kv : list) {
      JsonNode value = kv.path("value");
      String key = kv.path("key").asText();
      if (value.has("stringValue")) {
        out.set(key, value.get("stringValue"));
      } else if (value.has("intValue")) {
        out.set(key, value.get("intValue")); // a string in OTLP/JSON: read as a whole number
      } else if (value.has("doubleValue")) {
        out.set(key, value.get("doubleValue"));
      } else if (value.has("boolValue")) {
        out.set(key, value.get("boolValue"));
      } else if (value.has("arrayValue")) {
        out.set(key, value.get("arrayValue").path("values"));
      }
    }
    return out;
  }
}

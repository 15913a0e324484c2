package io.llmspend.core.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.json.BadRecordException;
import io.llmspend.core.yaml.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns records of other request-log sources into llmspend request-log records
 * (docs/request-log-format.md), so the ingest step parses, counts and prices them like its own:
 * rows of a CSV file matched by a {@link CsvMapping} of {@code jobs/csv-mappings.yml}, LiteLLM
 * SpendLogs rows ({@link LiteLlmSpendLog}), Langfuse observations ({@link
 * LangfuseObservation}), OpenTelemetry GenAI spans ({@link OtelGenAiSpan}), Bedrock model
 * invocation logs ({@link BedrockInvocationLog}), OpenAI
 * Batch output and Anthropic Message Batches results ({@link BatchResults}). Any other record is
 * returned unchanged. Thread-safe.
 */
public final class GatewayRecords {
  /** No CSV mapping: LiteLLM and Langfuse records only. */
  public static final GatewayRecords NONE = new GatewayRecords(List.of(), OtelAttributes.DEFAULTS);
  /** Request-log field: data-quality notes a translator made about the usage (strings). */
  public static final String USAGE_NOTES = "usage_notes";
  /** Request-log field: a gateway's response cache answered; no provider was called. */
  public static final String RESPONSE_CACHE_HIT = "response_cache_hit";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<CsvMapping> mappings;
  private final OtelAttributes otelAttributes;

  GatewayRecords(List<CsvMapping> mappings) {
    this(mappings, OtelAttributes.DEFAULTS);
  }

  GatewayRecords(List<CsvMapping> mappings, OtelAttributes otelAttributes) {
    this.mappings = List.copyOf(mappings);
    this.otelAttributes = otelAttributes;
  }

  /**
   * Reads the CSV mappings of {@code file} ({@code csv-mappings: [...]}) and the OpenTelemetry
   * attribution attributes ({@code otel-attributes: {team: [...], function: [...], user:
   * [...]}}); none and the defaults when it does not exist.
   *
   * @throws InvalidInputException when the file is not valid
   */
  public static GatewayRecords read(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return NONE;
    }
    try {
      MappingsFile read = YamlFiles.read(file, MappingsFile.class);
      if (read == null) {
        return NONE;
      }
      return new GatewayRecords(read.csvMappings() == null ? List.of() : read.csvMappings(),
          read.otelAttributes() == null ? OtelAttributes.DEFAULTS : read.otelAttributes());
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException("invalid CSV mappings " + file + ": " + e.getMessage());
    }
  }

  /**
   * @param file the record's file (relative name; a CSV mapping matches its last segment)
   * @param record one record: a JSON object, or a CSV row as {@code {column: text}}
   * @return the request-log record
   * @throws BadRecordException with the quarantine reason when the record cannot be mapped
   */
  public JsonNode toRequestLog(String file, JsonNode record) throws BadRecordException {
    for (CsvMapping mapping : mappings) {
      if (file.endsWith(".csv") && mapping.matches(file)) {
        return mapping.toRequestLog(record);
      }
    }
    if (LiteLlmSpendLog.accepts(record)) {
      return LiteLlmSpendLog.toRequestLog(record);
    }
    if (LangfuseObservation.accepts(record)) {
      return LangfuseObservation.toRequestLog(record);
    }
    if (OtelGenAiSpan.accepts(record)) {
      return OtelGenAiSpan.toRequestLog(record, otelAttributes);
    }
    if (BedrockInvocationLog.accepts(record)) {
      return BedrockInvocationLog.toRequestLog(record);
    }
    if (BatchResults.acceptsAnthropic(record)) {
      return BatchResults.anthropic(record);
    }
    if (BatchResults.acceptsOpenAi(record)) {
      return BatchResults.openAi(record);
    }
    return record;
  }

  /**
   * Whether {@code record} is of a format llmspend reads: a mapped CSV row, a record of one of
   * the translated sources, or an llmspend request-log record (it has {@code timestamp}, {@code
   * provider} or {@code model}). The ingest step reports a file whose first record is none of
   * these once, as "file format not recognized", instead of quarantining every line.
   */
  public boolean recognizes(String file, JsonNode record) {
    for (CsvMapping mapping : mappings) {
      if (file.endsWith(".csv") && mapping.matches(file)) {
        return true;
      }
    }
    return LiteLlmSpendLog.accepts(record) || LangfuseObservation.accepts(record)
        || OtelGenAiSpan.accepts(record)
        || BedrockInvocationLog.accepts(record) || BatchResults.acceptsAnthropic(record)
        || BatchResults.acceptsOpenAi(record) || record.has("timestamp")
        || record.has("provider") || record.has("model");
  }

  /** The shape of {@code jobs/csv-mappings.yml}. */
  private record MappingsFile(List<CsvMapping> csvMappings, OtelAttributes otelAttributes) {}

  /** A JSON value that a CSV export may hold as JSON text, parsed; else the value itself. */
  static JsonNode object(JsonNode value) throws BadRecordException {
    if (value.isTextual() && (value.asText().startsWith("{") || value.asText().startsWith("["))) {
      try {
        return JSON.readTree(value.asText());
      } catch (JsonProcessingException e) {
        throw new BadRecordException("not JSON: " + value.asText());
      }
    }
    return value;
  }
}

package io.llmspend.batch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.gateway.GatewayRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens a log file by its extension: {@code .jsonl} and {@code .jsonl.gz} line by line; {@code
 * .csv} one record a row (header row first), each row as {@code {column: text}} (its "line" is
 * the row number, header not counted); {@code .json} one record per element of a top-level array
 * (or of a {@code data} array, or the one object), numbered from 1, streamed ({@link
 * JsonRecords}). OTLP/JSON trace records are expanded to one record per GenAI call span
 * ({@link OtlpSpans}). CSV and JSON records are
 * usually LiteLLM, Langfuse or mapped CSV records that {@code GatewayRecords} translates.
 */
final class RecordSources {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader()
      .setSkipHeaderRecord(true).get();

  private RecordSources() {}

  /** Whether a file is read as a log; a batch sidecar ({@code *.batch.json}) is not. */
  static boolean readable(String name) {
    if (name.endsWith(".batch.json")) {
      return false;
    }
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".json")
        || name.endsWith(".csv");
  }

  static RecordSource open(String name, InputStream in, int maxLineBytes) throws IOException {
    if (name.endsWith(".csv")) {
      return csv(in);
    }
    if (name.endsWith(".json")) {
      return new OtlpSpans(new JsonRecords(in), name);
    }
    return new OtlpSpans(new LineSplitter(in, maxLineBytes), name);
  }

  private static RecordSource csv(InputStream in) throws IOException {
    Iterator<CSVRecord> rows = CSV.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
        .iterator();
    return () -> {
      if (!rows.hasNext()) {
        return null;
      }
      ObjectNode row = JSON.createObjectNode();
      for (Map.Entry<String, String> cell : rows.next().toMap().entrySet()) {
        row.put(cell.getKey(), cell.getValue());
      }
      return new LineSplitter.Line(JSON.writeValueAsBytes(row), false);
    };
  }
}

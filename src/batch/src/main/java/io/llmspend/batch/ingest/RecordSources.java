package io.llmspend.batch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmspend.core.gateway.GatewayRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens a log file by its extension: {@code .jsonl} and {@code .jsonl.gz} line by line; {@code
 * .csv} one record a row (header row first), each row as {@code {column: text}} (its "line" is
 * the row number, header not counted); {@code .json} one record per element of a top-level array
 * (or of a {@code data} array, or the one object), numbered from 1. CSV and JSON records are
 * usually LiteLLM, Langfuse or mapped CSV records that {@code GatewayRecords} translates.
 */
final class RecordSources {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader()
      .setSkipHeaderRecord(true).get();

  private RecordSources() {}

  static boolean readable(String name) {
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".json")
        || name.endsWith(".csv");
  }

  static RecordSource open(String name, InputStream in, int maxLineBytes) throws IOException {
    if (name.endsWith(".csv")) {
      return csv(in);
    }
    if (name.endsWith(".json")) {
      return json(in);
    }
    return new LineSplitter(in, maxLineBytes);
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

  private static RecordSource json(InputStream in) {
    List<JsonNode> records = new ArrayList<>();
    IOException unreadable;
    try {
      JsonNode root = JSON.readTree(in);
      JsonNode list = root != null && root.isObject() && root.path("data").isArray()
          ? root.get("data") : root;
      if (list != null && list.isArray()) {
        list.forEach(records::add);
      } else if (list != null) {
        records.add(list);
      }
      unreadable = null;
    } catch (IOException e) {
      unreadable = e;
    }
    Iterator<JsonNode> next = records.iterator();
    IOException failure = unreadable;
    return () -> {
      if (failure != null) {
        throw new IOException("not a JSON file: " + failure.getMessage().lines().findFirst()
            .orElse(""));
      }
      return next.hasNext() ? new LineSplitter.Line(JSON.writeValueAsBytes(next.next()), false)
          : null;
    };
  }
}

package io.llmspend.batch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * The records of a {@code .json} file (a LiteLLM or Langfuse export), one array element at a
 * time, so memory does not grow with the file (a 184 MB export needed more than a 512 MB heap when
 * it was read whole): the elements of a top-level array, or of the {@code data} array of a
 * top-level object (its other fields are skipped), or else the object itself and any objects
 * after it (one per line, as the OpenTelemetry collector's file exporter writes them). A file that
 * breaks off mid-way yields the records before the break, then an {@link IOException}. Not
 * thread-safe.
 */
final class JsonRecords implements RecordSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonParser parser;
  private JsonNode single;
  private boolean inArray;
  private boolean rootObjects;
  private boolean done;

  JsonRecords(InputStream in) throws IOException {
    this.parser = JSON.createParser(in);
  }

  @Override
  public LineSplitter.Line next() throws IOException {
    try {
      JsonNode record = nextRecord();
      return record == null ? null : new LineSplitter.Line(JSON.writeValueAsBytes(record), false);
    } catch (IOException e) {
      done = true;
      throw new IOException("not a JSON file: " + String.valueOf(e.getMessage()).lines()
          .findFirst().orElse(""), e);
    }
  }

  private JsonNode nextRecord() throws IOException {
    if (done) {
      return null;
    }
    if (!inArray && single == null && !start()) {
      return null;
    }
    if (single != null) {
      JsonNode record = single;
      single = null;
      done = !rootObjects;
      return record;
    }
    if (rootObjects) { // more root objects after the first (JSON Lines in a .json file)
      JsonToken token = parser.nextToken();
      if (token == null) {
        done = true;
        return null;
      }
      return parser.readValueAsTree();
    }
    JsonToken token = parser.nextToken();
    if (token == null || token == JsonToken.END_ARRAY) {
      done = true;
      return null;
    }
    return parser.readValueAsTree();
  }

  /** Positions the parser before the first element; false when the file has no records. */
  private boolean start() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY) {
      inArray = true;
      return true;
    }
    if (first != JsonToken.START_OBJECT) {
      done = true;
      if (first == null) {
        return false;
      }
      single = parser.readValueAsTree(); // a scalar: one (bad) record
      return true;
    }
    ObjectNode object = JSON.createObjectNode();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String name = parser.currentName();
      if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("data")) {
        inArray = true;
        return true;
      }
      object.set(name, parser.readValueAsTree());
    }
    single = object;
    rootObjects = true;
    return true;
  }
}

package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the golden files under {@code src/test/resources/tokenizer/} (see SOURCE.md there). */
final class Goldens {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The encodings llmspend counts with; vectors of other encodings are not replayed. */
  static final Set<String> OUR_ENCODINGS = Set.of("cl100k_base", "o200k_base");

  private Goldens() {}

  static JsonNode json(String file) {
    try (InputStream in = open(file)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String file, String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  static List<CSVRecord> csv(String file) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStreamReader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
      return new ArrayList<>(format.parse(reader).getRecords());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code "[1, 2, 3]"} as written in the jtokkit CSV files. */
  static List<Integer> ids(String list) {
    List<Integer> ids = new ArrayList<>();
    json("ids", list).forEach(id -> ids.add(id.intValue()));
    return ids;
  }

  private static InputStream open(String file) {
    InputStream in = Goldens.class.getResourceAsStream("/tokenizer/" + file);
    if (in == null) {
      throw new IllegalStateException("missing golden file tokenizer/" + file);
    }
    return in;
  }
}

package io.llmspend.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reviewed model table {@value #LOCATION} (columns in {@code prices/README.md}): name
 * patterns, first match wins, each with its maker, its encoding (empty: token counts are
 * estimated) and whether Bedrock geographic profiles of it cost more than its list price.
 * Immutable, thread-safe.
 */
final class ModelTable {

  static final String LOCATION = "prices/models.csv";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader()
      .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

  /** One row: a pattern and what it says; {@code surcharge} null when the row does not say. */
  record Row(String pattern, String maker, String encoding, Boolean surcharge) {}

  private final List<Row> rows;

  ModelTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The first row matching {@code name} or {@code base}. */
  Optional<Row> find(String name, String base) {
    return rows.stream()
        .filter(r -> Patterns.matches(r.pattern(), name) || Patterns.matches(r.pattern(), base))
        .findFirst();
  }

  /** The table's encodings as rules, in table order. */
  List<EncodingRule> encodings() {
    return rows.stream().filter(r -> r.encoding() != null)
        .map(r -> new EncodingRule(r.encoding(), List.of(r.pattern()))).toList();
  }

  /**
   * @throws IllegalStateException naming the line when the bundled table is missing or invalid
   */
  static ModelTable bundled() {
    try (InputStream in = ModelTable.class.getClassLoader().getResourceAsStream(LOCATION)) {
      if (in == null) {
        throw new IllegalStateException("missing class path resource " + LOCATION);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + LOCATION + ": " + e.getMessage(), e);
    }
  }

  static ModelTable read(Reader reader) throws IOException {
    var rows = new ArrayList<Row>();
    for (CSVRecord record : FORMAT.parse(reader)) {
      try {
        rows.add(row(record));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(LOCATION + " record " + record.getRecordNumber()
            + ": " + e.getMessage(), e);
      }
    }
    return new ModelTable(rows);
  }

  private static Row row(CSVRecord r) {
    String pattern = r.get("pattern").toLowerCase(Locale.ROOT);
    String maker = r.get("maker");
    if (pattern.isEmpty() || pattern.equals("*") || maker.isEmpty()) {
      throw new IllegalArgumentException("pattern and maker are required");
    }
    String encoding = r.get("encoding").isEmpty() ? null : r.get("encoding");
    if (encoding != null) {
      new EncodingRule(encoding, List.of(pattern)); // validates the encoding name
    }
    String surcharge = r.get("bedrock_geo_surcharge");
    if (!List.of("", "yes", "no").contains(surcharge)) {
      throw new IllegalArgumentException("bedrock_geo_surcharge must be yes, no or empty: " + surcharge);
    }
    return new Row(pattern, maker, encoding, surcharge.isEmpty() ? null : surcharge.equals("yes"));
  }
}

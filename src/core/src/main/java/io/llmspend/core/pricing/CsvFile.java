package io.llmspend.core.pricing;

import io.llmspend.core.Hashes;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One of our reviewed CSV files, read whole, with errors that name the file and line. */
final class CsvFile {

  /** Header row required, columns read by name, blanks around values ignored. */
  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true)
          .setIgnoreEmptyLines(true)
          .get();

  private final String name;
  private final byte[] bytes;
  private final String text;

  private CsvFile(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
    this.text = new String(bytes, StandardCharsets.UTF_8);
  }

  /** @throws PriceBookException if the resource cannot be read */
  static CsvFile read(String location) {
    String name = PriceSource.name(location);
    try {
      return new CsvFile(name, PriceSource.read(location));
    } catch (IOException e) {
      throw new PriceBookException(name, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  String name() {
    return name;
  }

  /** The first 12 hex digits of the SHA-256 of the file's bytes. */
  String version() {
    return Hashes.sha256Hex(bytes).substring(0, 12);
  }

  /**
   * Maps every data row; a mapper's {@link IllegalArgumentException} becomes a
   * {@link PriceBookException} naming this file and the row's line.
   *
   * @throws PriceBookException on a missing column, a malformed file or a bad row
   */
  <T> List<T> rows(List<String> requiredColumns, Function<CsvRow, T> mapper) {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      var missing = new ArrayList<>(requiredColumns);
      missing.removeAll(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        throw error(1, "missing column(s) " + missing);
      }
      var result = new ArrayList<T>();
      for (CSVRecord record : parser) {
        result.add(map(new CsvRow(record, lineOf(record)), mapper));
      }
      return result;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new PriceBookException(name, 0, "malformed CSV: " + e.getMessage(), e);
    }
  }

  PriceBookException error(long line, String reason) {
    return new PriceBookException(name, line, reason);
  }

  private <T> T map(CsvRow row, Function<CsvRow, T> mapper) {
    try {
      return mapper.apply(row);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw error(row.line(), e.getMessage());
    }
  }

  private long lineOf(CSVRecord record) {
    long position = record.getCharacterPosition();
    return 1 + text.substring(0, (int) position).chars().filter(c -> c == '\n').count();
  }
}

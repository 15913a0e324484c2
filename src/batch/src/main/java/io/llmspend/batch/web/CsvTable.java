package io.llmspend.batch.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A report CSV as a table for a page: its header and rows, filtered and sorted on request.
 * Immutable.
 *
 * @param header the column names
 * @param rows the rows, each as long as the header
 */
record CsvTable(List<String> header, List<List<String>> rows) {
  CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Reads an RFC 4180 report CSV with its header row. */
  static CsvTable read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return new CsvTable(parser.getHeaderNames(), rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** An empty table (no file yet). */
  static CsvTable empty() {
    return new CsvTable(List.of(), List.of());
  }

  /** The named columns that the table has, in that order (the rest left out). */
  CsvTable select(List<String> columns) {
    List<String> kept = columns.stream().filter(header::contains).toList();
    List<Integer> at = kept.stream().map(header::indexOf).toList();
    return new CsvTable(kept, rows.stream()
        .map(r -> at.stream().map(r::get).toList()).toList());
  }

  /** The index of a column, or -1. */
  int column(String name) {
    return header.indexOf(name);
  }

  /** Rows where {@code column} equals {@code value} (no filter when either is blank). */
  CsvTable where(String column, String value) {
    int i = column(column);
    if (i < 0 || value == null || value.isBlank()) {
      return this;
    }
    return new CsvTable(header, rows.stream().filter(r -> r.get(i).equals(value)).toList());
  }

  /** Rows with {@code text} in any field, case-insensitive (no filter when blank). */
  CsvTable containing(String text) {
    if (text == null || text.isBlank()) {
      return this;
    }
    String needle = text.toLowerCase(Locale.ROOT);
    return new CsvTable(header, rows.stream()
        .filter(r -> r.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(needle)))
        .toList());
  }

  /**
   * Rows sorted by a column: numbers as numbers (empty last), other text as text; stable, so
   * equal keys keep the file's order. Unknown column: unchanged.
   */
  CsvTable sortedBy(String column, boolean descending) {
    int i = column(column);
    if (i < 0) {
      return this;
    }
    Comparator<List<String>> order = Comparator.comparing(r -> key(r.get(i)), CsvTable::compare);
    return new CsvTable(header, rows.stream()
        .sorted(descending ? order.reversed() : order).toList());
  }

  /** The sum of a money or count column over the rows (blank fields skipped). */
  BigDecimal sum(String column) {
    int i = column(column);
    return i < 0 ? BigDecimal.ZERO : rows.stream().map(r -> r.get(i)).filter(f -> !f.isEmpty())
        .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The distinct values of a column, sorted. */
  List<String> values(String column) {
    int i = column(column);
    return i < 0 ? List.of()
        : rows.stream().map(r -> r.get(i)).filter(f -> !f.isEmpty()).distinct().sorted().toList();
  }

  private static Object key(String field) {
    try {
      return field.isEmpty() ? null : new BigDecimal(field);
    } catch (NumberFormatException e) {
      return field;
    }
  }

  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? 1 : -1;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    return a.toString().compareTo(b.toString());
  }
}

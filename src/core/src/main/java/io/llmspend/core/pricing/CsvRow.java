package io.llmspend.core.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row of a {@link CsvFile}, read by column name. Every accessor throws
 * {@link IllegalArgumentException} with a reason naming the column.
 */
record CsvRow(CSVRecord record, long line) {

  /** The trimmed cell, or {@code null} when empty. */
  String optional(String column) {
    if (!record.isSet(column)) {
      throw new IllegalArgumentException("row has fewer cells than the header (" + column + ")");
    }
    String value = record.get(column).trim();
    return value.isEmpty() ? null : value;
  }

  /** The trimmed cell, which must not be empty. */
  String required(String column) {
    String value = optional(column);
    if (value == null) {
      throw new IllegalArgumentException("empty " + column);
    }
    return value;
  }

  /** A non-negative decimal, or {@code null} when the cell is empty (= not offered). */
  BigDecimal rate(String column) {
    String value = optional(column);
    if (value == null) {
      return null;
    }
    BigDecimal rate;
    try {
      rate = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad number '" + value + "' in " + column);
    }
    if (rate.signum() < 0) {
      throw new IllegalArgumentException("negative rate " + value + " in " + column);
    }
    return rate;
  }

  /** A positive whole number, or {@code null} when the cell is empty. */
  Long count(String column) {
    BigDecimal value = rate(column);
    if (value == null) {
      return null;
    }
    if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("bad count '" + value + "' in " + column);
    }
    return value.longValueExact();
  }

  /** An ISO date (yyyy-mm-dd), or {@code null} when the cell is empty. */
  LocalDate date(String column) {
    String value = optional(column);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad date '" + value + "' in " + column);
    }
  }
}

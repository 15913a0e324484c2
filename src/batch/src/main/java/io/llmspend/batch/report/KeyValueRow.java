package io.llmspend.batch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One "label: value" line of a summary sheet (see {@link SheetBuilder#row(KeyValueRow)}).
 *
 * <p>The value is normalized like a query value of its kind: whole numbers become {@code
 * BigDecimal}, text (the label too) is neutralized by {@link CellText#neutralize(String)}; {@code
 * null} shows as an empty cell.
 *
 * @param label the label in the first column; not blank
 * @param kind how the value is shown
 * @param value a {@code String}, {@code Number}, {@code LocalDate} or {@code Boolean} matching
 *     {@code kind}, or {@code null}
 */
public record KeyValueRow(String label, ColumnKind kind, Object value) {

  /** @throws IllegalArgumentException when the value does not match the kind */
  public KeyValueRow {
    ReportColumn.requireText(label, "label");
    label = CellText.neutralize(label);
    Objects.requireNonNull(kind, "kind");
    value = TypedValues.convert(kind, value);
  }

  public static KeyValueRow text(String label, String value) {
    return new KeyValueRow(label, ColumnKind.TEXT, value);
  }

  /** A count (tokens, calls). */
  public static KeyValueRow integer(String label, long value) {
    return new KeyValueRow(label, ColumnKind.INTEGER, value);
  }

  /** An amount in USD. */
  public static KeyValueRow usd(String label, BigDecimal value) {
    return new KeyValueRow(label, ColumnKind.USD, value);
  }

  /** A fraction where 1 means 100%. */
  public static KeyValueRow percent(String label, BigDecimal value) {
    return new KeyValueRow(label, ColumnKind.PERCENT, value);
  }

  public static KeyValueRow date(String label, LocalDate value) {
    return new KeyValueRow(label, ColumnKind.DATE, value);
  }
}

package io.llmspend.batch.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * Converts a value as JDBC returns it into the one Java type each {@link ColumnKind} is written
 * from: {@code String} (already neutralized) for TEXT, {@code BigDecimal} for the numeric kinds,
 * {@code LocalDate} for DATE, {@code Boolean} for BOOLEAN. {@code null} stays {@code null}.
 */
final class TypedValues {

  private TypedValues() {}

  /**
   * @throws IllegalArgumentException when the value cannot be shown as {@code kind} (a query that
   *     returns text for a money column is a bug to fix, not data to skip)
   */
  static Object convert(ColumnKind kind, Object raw) {
    if (raw == null) {
      return null;
    }
    return switch (kind) {
      case TEXT -> CellText.neutralize(raw.toString());
      case DATE -> toDate(raw);
      case BOOLEAN -> expect(Boolean.class, kind, raw);
      case INTEGER, USD, USD_PRECISE, PERCENT, DECIMAL -> toDecimal(kind, raw);
    };
  }

  private static BigDecimal toDecimal(ColumnKind kind, Object raw) {
    if (raw instanceof BigDecimal d) {
      return d;
    }
    if (raw instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short
        || raw instanceof Byte) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    }
    if (raw instanceof Double || raw instanceof Float) {
      return fromFloating(kind, ((Number) raw).doubleValue());
    }
    throw mismatch(kind, raw);
  }

  /** The shortest decimal that reads back as {@code value}: 0.1, not 0.1000000000000000055... */
  private static BigDecimal fromFloating(ColumnKind kind, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(kind + " value is not a finite number: " + value);
    }
    return BigDecimal.valueOf(value);
  }

  private static LocalDate toDate(Object raw) {
    if (raw instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return expect(LocalDate.class, ColumnKind.DATE, raw);
  }

  private static <T> T expect(Class<T> type, ColumnKind kind, Object raw) {
    if (type.isInstance(raw)) {
      return type.cast(raw);
    }
    throw mismatch(kind, raw);
  }

  private static IllegalArgumentException mismatch(ColumnKind kind, Object raw) {
    return new IllegalArgumentException(
        kind + " column got a " + raw.getClass().getSimpleName() + ": " + raw);
  }
}

package io.llmspend.batch.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * How a report CSV's fields read on a page: the CSV keeps exact decimals for tools
 * ({@code 82.498491725000}, a share {@code 1.474373}); a person reads amounts in cents with
 * thousands separators ({@code 82.50}) and shares as percentages ({@code 147.4%}), as the
 * workbook shows them. Text, integers and empty fields are shown as they are. Thread-safe.
 */
final class PageText {
  private PageText() {}

  /**
   * The table as text to show.
   *
   * @param table the table as read from its CSV
   * @param fractions the columns that hold shares (1 = 100%), shown as percentages
   */
  static CsvTable of(CsvTable table, Set<String> fractions) {
    List<Boolean> share = table.header().stream().map(fractions::contains).toList();
    return new CsvTable(table.header(), table.rows().stream()
        .map(r -> IntStream.range(0, r.size())
            .mapToObj(i -> field(r.get(i), share.get(i))).toList())
        .toList());
  }

  /** One field: a share as a percentage (one decimal), a decimal of more than 2 places in cents. */
  static String field(String value, boolean share) {
    BigDecimal number = number(value);
    if (number == null) {
      return value;
    }
    if (share) {
      return format(number.movePointRight(2).setScale(1, RoundingMode.HALF_UP), "#,##0.0") + "%";
    }
    return number.scale() > 2
        ? format(number.setScale(2, RoundingMode.HALF_UP), "#,##0.00") : value;
  }

  private static BigDecimal number(String value) {
    if (value.isEmpty() || !value.matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return new BigDecimal(value);
  }

  private static String format(BigDecimal value, String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}

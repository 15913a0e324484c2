package io.llmspend.batch.report;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a query result to {@code <dir>/<stem>.csv}, streaming row by row.
 *
 * <p>The file is RFC 4180: UTF-8 <b>without</b> a byte-order mark, CRLF after every record, a
 * header row of {@link ReportColumn#header()}s, fields quoted only when they hold a comma, quote or
 * line break. No BOM because the CSV files are for machines (DuckDB, pandas, BI loaders, diff), for
 * which a BOM becomes part of the first header name; people open the {@code .xlsx} workbook.
 *
 * <p>Values, independent of the JVM's default locale:
 *
 * <ul>
 *   <li>numbers: plain decimals with a dot, never E notation ({@code 0.000000075}); money in USD
 *       with every decimal the query returned, so round in SQL if fewer are wanted. A DOUBLE
 *       arriving for a numeric column is written as {@link BigDecimal#valueOf(double)} (its
 *       shortest decimal form); money should be DECIMAL all the way.
 *   <li>PERCENT: the fraction itself ({@code 0.125} for 12.5%).
 *   <li>dates: ISO-8601 {@code yyyy-MM-dd}; booleans: {@code true}/{@code false}.
 *   <li>NULL: an empty field; an empty string is written {@code ""}, so the two stay apart.
 *   <li>text: neutralized against formula injection by {@link CellText#neutralize(String)}.
 * </ul>
 *
 * <p>Thread-safe: holds no state; concurrent calls must target different files.
 */
public final class CsvTableWriter {

  /** RFC 4180: comma, double quote, CRLF; empty lines are records. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /**
   * Writes every remaining row of {@code rows} to {@code <dir>/<table.stem()>.csv}, replacing the
   * file atomically (a failed write leaves the old file). Does not close {@code rows}.
   *
   * @return the number of data rows written (the header not counted)
   * @throws SQLException when reading {@code rows} fails; nothing is written then
   * @throws IllegalArgumentException when a column is missing from the query or holds values its
   *     {@link ColumnKind} cannot show
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public long write(Path dir, ReportTable table, ResultSet rows) throws SQLException {
    return write(dir, table, rows, current -> {});
  }

  /**
   * Like {@link #write(Path, ReportTable, ResultSet)}, handing {@code each} every row once it is
   * printed (the result set on that row), so that one run of a query also fills its sheet.
   */
  public long write(Path dir, ReportTable table, ResultSet rows, RowHook each)
      throws SQLException {
    RowReader reader = RowReader.bind(table.stem(), table.columns(), rows);
    long[] count = {0};
    AtomicFiles.<SQLException>replace(dir.resolve(table.stem() + ".csv"), file -> {
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
        printer.printRecord(table.columns().stream().map(ReportColumn::header));
        while (reader.next()) {
          printer.printRecord(fields(reader.values()));
          each.row(rows);
          count[0]++;
        }
      }
    });
    return count[0];
  }

  private static List<String> fields(Object[] values) {
    List<String> fields = new ArrayList<>(values.length);
    for (Object value : values) {
      fields.add(field(value));
    }
    return fields;
  }

  /** Null for NULL, which the format prints as an empty field. */
  static String field(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value == null ? null : value.toString();
  }
}

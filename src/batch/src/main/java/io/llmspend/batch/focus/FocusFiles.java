package io.llmspend.batch.focus;

import io.llmspend.batch.report.AtomicFiles;
import io.llmspend.batch.report.CellText;
import io.llmspend.batch.store.DuckDbStore;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the rows of {@code focus_charges} as one FOCUS version's CSV and Parquet files.
 *
 * <p>CSV: RFC 4180 as the other report CSVs (UTF-8 without BOM, CRLF, header of column ids,
 * quoted only when needed, NULL as an empty field, text neutralized against formula injection);
 * decimals plain ({@code 0.000150000000000}, never E notation); date/times
 * {@code 2026-11-16T00:00:00Z} (FOCUS DateTimeFormat, UTC). Parquet: DuckDB's writer, decimals as
 * DECIMAL, date/times as UTC-adjusted timestamps. Both files are replaced atomically.
 *
 * <p>Not thread-safe (uses the store's one connection).
 */
final class FocusFiles {
  /** RFC 4180: comma, double quote, CRLF (as {@code report.CsvTableWriter}). */
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
  private final DuckDbStore store;

  FocusFiles(DuckDbStore store) {
    this.store = store;
  }

  /** The folder of a month's export: {@code <reports>/monthly/YYYY-MM/focus}. */
  static Path folder(Path reportsRoot, YearMonth month) {
    return reportsRoot.resolve("monthly").resolve(month.toString()).resolve("focus");
  }

  /** @return the number of rows written */
  long writeCsv(Path file, FocusVersion version) throws SQLException {
    long[] count = {0};
    AtomicFiles.<SQLException>replace(file, temp -> {
      try (Statement statement = store.connection().createStatement();
          ResultSet rows = statement.executeQuery("select * from " + version.view());
          BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          header.add(meta.getColumnLabel(i));
        }
        printer.printRecord(header);
        while (rows.next()) {
          printer.printRecord(fields(rows, meta));
          count[0]++;
        }
      }
    });
    return count[0];
  }

  /** Writes the version's rows with DuckDB's Parquet writer. */
  void writeParquet(Path file, FocusVersion version) {
    AtomicFiles.<RuntimeException>replace(file, temp -> {
      String path = temp.toAbsolutePath().toString().replace("'", "''");
      try (Statement statement = store.connection().createStatement()) {
        statement.execute(DuckDbStore.sql("focus", "focus_parquet")
            .replace("focus_1_2", version.view()).replace("${file}", path));
      } catch (SQLException e) {
        throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
      }
    });
  }

  private static List<String> fields(ResultSet rows, ResultSetMetaData meta)
      throws SQLException {
    List<String> fields = new ArrayList<>(meta.getColumnCount());
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      fields.add(field(meta.getColumnType(i) == Types.TIMESTAMP
          ? rows.getObject(i, LocalDateTime.class) : rows.getObject(i)));
    }
    return fields;
  }

  /** Null for NULL, which the format prints as an empty field. */
  static String field(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof LocalDateTime t) {
      return UTC.format(t);
    }
    if (value instanceof String s) {
      return CellText.neutralize(s);
    }
    return value == null ? null : value.toString();
  }
}

package io.llmspend.batch.report;

import io.llmspend.batch.store.DuckDbStore;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes report tables into one folder, each from one run of its query {@code
 * sql/report/<stem>.sql}: the CSV file and, for a table with a sheet, the sheet are filled from the
 * same rows, and the hooks see those rows too (the Summary's top lines, the charts). Not
 * thread-safe, like the workbook it fills.
 */
public final class ReportTableWriter {
  private static final Logger log = LoggerFactory.getLogger(ReportTableWriter.class);
  private final DuckDbStore store;
  private final Path dir;
  private final CsvTableWriter csv = new CsvTableWriter();

  /** @param dir the folder of the CSV files */
  public ReportTableWriter(DuckDbStore store, Path dir) {
    this.store = store;
    this.dir = dir;
  }

  /**
   * Writes {@code <dir>/<stem>.csv} and the table's sheet in {@code workbook}.
   *
   * @return the number of rows
   * @throws SQLException when the query fails
   */
  public long write(ReportTable table, WorkbookWriter workbook, RowHook... hooks)
      throws SQLException {
    return store.query("report", table.stem(), rows -> {
      WorkbookWriter.OpenTable sheet = workbook.startTable(table, rows);
      long count = csv.write(dir, table, rows, current -> {
        sheet.addCurrentRow();
        for (RowHook hook : hooks) {
          hook.row(current);
        }
      });
      sheet.finish();
      log.debug("report: {}.csv and sheet {}, {} rows", table.stem(), table.sheetName(), count);
      return count;
    });
  }

  /**
   * Writes {@code <dir>/<stem>.csv} only.
   *
   * @return the number of rows
   * @throws SQLException when the query fails
   */
  public long writeCsv(ReportTable table, RowHook... hooks) throws SQLException {
    return store.query("report", table.stem(), rows -> {
      long count = csv.write(dir, table, rows, current -> {
        for (RowHook hook : hooks) {
          hook.row(current);
        }
      });
      log.debug("report: {}.csv, {} rows", table.stem(), count);
      return count;
    });
  }
}

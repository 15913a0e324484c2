package io.llmspend.batch.exports;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.text.SafeText;
import io.llmspend.batch.text.Secrets;
import io.llmspend.core.pricing.CallPricer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Loads export files into {@code provider_usage}, {@code provider_costs} and {@code quarantine},
 * one DuckDB transaction per file, and records each file's fingerprint in {@code export_files}: a
 * file whose bytes were loaded before is skipped; a bucket already loaded (overlapping pages) is
 * not added again. Not thread-safe.
 */
final class ExportLoader {
  private final DuckDbStore store;
  private final CallPricer pricer;
  private final long runId;

  ExportLoader(DuckDbStore store, CallPricer pricer, long runId) {
    this.store = store;
    this.pricer = pricer;
    this.runId = runId;
  }

  /** Loads one file; returns what it did. */
  ExportCounts load(ExportFile file) throws SQLException {
    if (seen(file.fingerprint())) {
      return new ExportCounts(1, 0, 0, 0, 0);
    }
    ParsedExport parsed = ExportParser.parse(file.provider(), file.path().getFileName()
        .toString(), file.bytes());
    Connection connection = store.connection();
    connection.setAutoCommit(false);
    try {
      long loaded = ExportRows.insert(connection, file.name(), parsed, pricer, runId);
      quarantine(connection, file.name(), parsed);
      record(connection, file, parsed, loaded);
      connection.commit();
      return new ExportCounts(0, 1, loaded, parsed.records() - parsed.bad().size() - loaded,
          parsed.bad().size());
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private boolean seen(String fingerprint) throws SQLException {
    try (PreparedStatement query = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "export_file_seen"))) {
      query.setString(1, fingerprint);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void quarantine(Connection c, String file, ParsedExport parsed) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        DuckDbStore.sql("params", "export_quarantine"))) {
      for (ParsedExport.Bad bad : parsed.bad()) {
        insert.setString(1, file);
        insert.setLong(2, bad.record());
        insert.setString(3, SafeText.oneLine(Secrets.redact(bad.reason())));
        insert.setString(4, bad.excerpt());
        insert.setLong(5, runId);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void record(Connection c, ExportFile file, ParsedExport parsed, long loaded)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(DuckDbStore.sql("params", "export_file"))) {
      insert.setString(1, file.fingerprint());
      insert.setString(2, file.name());
      insert.setString(3, file.provider());
      insert.setString(4, parsed.kind());
      insert.setLong(5, parsed.records());
      insert.setLong(6, loaded);
      insert.setLong(7, parsed.bad().size());
      insert.setLong(8, runId);
      insert.execute();
    }
  }
}

package io.llmspend.batch.ingest;

import io.llmspend.batch.ingest.RequestLogReader.LogFile;
import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files a run reads (incremental ingest): on its first start, the files found whose
 * fingerprint (name, size in bytes, modification time to the microsecond) is not in
 * {@code source_files}; the list is saved in {@code run_files}, so a restart reads exactly the
 * same files. When the ingest step completes, {@link #markRead} records their fingerprints.
 */
final class FilePlan {
  /** The size recorded for a folder that could not be listed: never marked read. */
  static final long UNREADABLE = -1;
  private final DuckDbStore store;
  private final long runId;

  FilePlan(DuckDbStore store, long runId) {
    this.store = store;
    this.runId = runId;
  }

  /** @param found every file under the logs folders, in reading order */
  List<LogFile> files(List<LogFile> found) {
    try {
      List<LogFile> planned = planned();
      return planned.isEmpty() ? plan(found) : planned;
    } catch (SQLException e) {
      throw new StoreException("cannot plan the files to read: " + e.getMessage(), e);
    }
  }

  /** Records the fingerprints of the run's files: read to their end. */
  void markRead() throws SQLException {
    try (PreparedStatement mark = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "source_files_read"))) {
      mark.setLong(1, runId);
      mark.setLong(2, runId);
      mark.execute();
    }
  }

  private List<LogFile> planned() throws SQLException {
    try (PreparedStatement query = store.connection()
        .prepareStatement(DuckDbStore.sql("params", "run_files"))) {
      query.setLong(1, runId);
      List<LogFile> files = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          files.add(rs.getLong("size_bytes") == UNREADABLE
              ? new LogFile(Path.of(rs.getString("path")), rs.getString("file_name"),
                  "unreadable folder (when the run started); folder skipped")
              : new LogFile(Path.of(rs.getString("path")), rs.getString("file_name")));
        }
      }
      return files;
    }
  }

  private List<LogFile> plan(List<LogFile> found) throws SQLException {
    List<LogFile> files = new ArrayList<>();
    try (PreparedStatement unchanged = store.connection()
            .prepareStatement(DuckDbStore.sql("params", "source_file_unchanged"));
        PreparedStatement insert = store.connection()
            .prepareStatement(DuckDbStore.sql("params", "run_file"))) {
      for (LogFile file : found) {
        boolean unreadable = file.problem() != null; // reported every run until it is fixed
        long size = unreadable ? UNREADABLE : size(file.path());
        Timestamp modified = unreadable ? Timestamp.valueOf("1970-01-01 00:00:00")
            : modified(file.path());
        unchanged.setString(1, file.name());
        unchanged.setLong(2, size);
        unchanged.setTimestamp(3, modified);
        try (ResultSet rs = unchanged.executeQuery()) {
          rs.next();
          if (rs.getLong(1) > 0) {
            continue;
          }
        }
        insert.setLong(1, runId);
        insert.setInt(2, files.size());
        insert.setString(3, file.name());
        insert.setString(4, file.path().toString());
        insert.setLong(5, size);
        insert.setTimestamp(6, modified);
        insert.addBatch();
        files.add(file);
      }
      insert.executeBatch();
    }
    return files;
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + path, e);
    }
  }

  private static Timestamp modified(Path path) {
    try {
      Instant instant = Files.getLastModifiedTime(path).toInstant().truncatedTo(ChronoUnit.MICROS);
      return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the modification time of " + path, e);
    }
  }
}

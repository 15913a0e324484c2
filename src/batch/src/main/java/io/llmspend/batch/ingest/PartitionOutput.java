package io.llmspend.batch.ingest;

import io.llmspend.batch.store.DuckDbStore;
import io.llmspend.batch.store.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The rows one partition makes, gathered in an in-memory DuckDB of its own (no lock shared with
 * other partitions or the store) and committed as Parquet files with a manifest into the
 * partition's folder ({@link PartitionFiles}). Not thread-safe: one partition, one thread.
 */
final class PartitionOutput implements AutoCloseable {
  private static final String[] TABLES = {"calls", "quarantine", "prompts"};
  private final DuckDBConnection connection;
  private final DuckDBAppender calls;
  private final DuckDBAppender quarantine;
  private final DuckDBAppender prompts;
  private final Set<String> promptsSeen = new HashSet<>();
  private final long runId;
  private long callCount;
  private long quarantineCount;

  PartitionOutput(long runId) throws SQLException {
    this.runId = runId;
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    connection = c.unwrap(DuckDBConnection.class);
    try (Statement s = connection.createStatement()) {
      s.execute("set threads = 1");
      for (String table : TABLES) {
        s.execute(DuckDbStore.sql("raw", table));
      }
      s.execute(DuckDbStore.sql("partition", "tables"));
    }
    calls = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "calls_part");
    quarantine = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quarantine_part");
    prompts = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "prompts_part");
  }

  /** Adds one record of the file with index {@code fileIndex} in the run's plan. */
  void add(IngestedRecord record, int fileIndex) throws SQLException {
    if (record instanceof CallRow row) {
      CallAppender.appendCall(calls, row, runId, fileIndex);
      callCount++;
      if (row.split() != null && row.split().systemPromptHash() != null
          && promptsSeen.add(row.split().systemPromptHash())) {
        CallAppender.appendSystemPrompt(prompts, row, fileIndex);
      }
    } else if (record instanceof QuarantinedLine line) {
      CallAppender.appendQuarantine(quarantine, line, runId);
      quarantineCount++;
    }
  }

  /**
   * Writes the Parquet files and the manifest into a temporary folder and renames it to the
   * partition's folder in one step. If the folder exists already (another worker committed the
   * same partition), this copy is deleted and the committed one kept: they are the same.
   *
   * @return the committed manifest
   */
  PartitionManifest commit(PartitionFiles files, String partition) throws SQLException,
      IOException {
    calls.close();
    quarantine.close();
    prompts.close();
    Path tmp = files.temporary(partition);
    try (Statement s = connection.createStatement()) {
      for (String table : TABLES) {
        s.execute("copy " + table + "_part to '" + quoted(tmp.resolve(table + ".parquet"))
            + "' (format parquet)");
      }
    }
    PartitionManifest manifest = new PartitionManifest(partition, runId,
        callCount + quarantineCount, callCount, quarantineCount, promptsSeen.size());
    PartitionFiles.writeManifest(tmp, manifest);
    try (var written = Files.list(tmp)) {
      for (Path file : written.toList()) {
        OwnerOnly.file(file); // prompt texts
      }
    }
    Path target = files.output(partition);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (files.manifest(partition).isEmpty()) {
        throw e;
      }
      PartitionFiles.deleteFolder(tmp); // committed by another worker first
      return files.manifest(partition).orElseThrow();
    }
    return manifest;
  }

  private static String quoted(Path path) {
    return path.toString().replace("'", "''");
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}

package io.llmspend.batch.ingest;

import io.llmspend.batch.store.DuckDbStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code ingest_chunks} table: what a run's merge loaded, written in the merge's own DuckDB
 * transaction as one row (first file {@value #MERGE}), so a run killed after its merge committed
 * but before the job repository recorded it is not merged twice and keeps exact counts. (Runs of
 * versions before partitioned ingest have one row per chunk; their counts are the sums.)
 */
final class ChunkLedger {
  static final String MERGE = "(merge)";
  private final DuckDbStore store;

  ChunkLedger(DuckDbStore store) {
    this.store = store;
  }

  /** Records a run's merge, inside the caller's transaction; nothing if it is recorded already. */
  void recordMerge(Connection connection, long runId, IngestCounts counts) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        DuckDbStore.sql("params", "ingest_chunk"))) {
      insert.setLong(1, runId);
      insert.setString(2, MERGE);
      insert.setLong(3, 0);
      insert.setLong(4, counts.read());
      insert.setLong(5, counts.loaded());
      insert.setLong(6, counts.quarantined());
      insert.setLong(7, counts.duplicates());
      insert.execute();
    }
  }

  /** The counts of the run's merge, if it committed. */
  Optional<IngestCounts> merged(long runId) throws SQLException {
    try (PreparedStatement query = store.connection().prepareStatement(
        DuckDbStore.sql("params", "ingest_merged"))) {
      query.setLong(1, runId);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next()
            ? Optional.of(new IngestCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
            : Optional.empty();
      }
    }
  }
}

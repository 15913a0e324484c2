package io.llmspend.batch.ingest;

import io.llmspend.batch.store.DuckDbStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;

/**
 * The {@code ingest_chunks} table: what each chunk of a run loaded, written in the chunk's own
 * DuckDB transaction and keyed by the chunk's first line, so the counts of a run stay exact when
 * a killed run is restarted and replays the chunk it had written but not yet recorded in the job
 * repository.
 */
final class ChunkLedger {
  private static final Comparator<IngestedRecord> LINE_ORDER =
      Comparator.comparing(IngestedRecord::sourceFile)
          .thenComparingLong(IngestedRecord::sourceLine);
  private final DuckDbStore store;

  ChunkLedger(DuckDbStore store) {
    this.store = store;
  }

  /**
   * Counts a chunk, inside the caller's transaction; does nothing if the run counted it already.
   *
   * @param records the chunk (not empty)
   */
  void count(Connection connection, long runId, Iterable<? extends IngestedRecord> records,
      IngestCounts chunk) throws SQLException {
    IngestedRecord first = null;
    for (IngestedRecord record : records) {
      first = first == null || LINE_ORDER.compare(record, first) < 0 ? record : first;
    }
    try (PreparedStatement insert = connection.prepareStatement(
        DuckDbStore.sql("params", "ingest_chunk"))) {
      insert.setLong(1, runId);
      insert.setString(2, first.sourceFile());
      insert.setLong(3, first.sourceLine());
      insert.setLong(4, chunk.read());
      insert.setLong(5, chunk.loaded());
      insert.setLong(6, chunk.quarantined());
      insert.setLong(7, chunk.duplicates());
      insert.execute();
    }
  }

  /** The counts of a run over all the chunks it wrote, restarts included. */
  IngestCounts totals(long runId) throws SQLException {
    try (PreparedStatement query = store.connection().prepareStatement(
        DuckDbStore.sql("params", "ingest_counts"))) {
      query.setLong(1, runId);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return new IngestCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    }
  }
}

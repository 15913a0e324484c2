package io.llmspend.batch.ingest;

import java.io.IOException;

/** The records of one log file, one at a time, as the bytes of a JSON object each. */
interface RecordSource {
  /**
   * @return the next record, or {@code null} at the end of the file
   * @throws IOException when the rest of the file cannot be read
   */
  LineSplitter.Line next() throws IOException;

  /**
   * The file's identity once its first record was read (see {@link LineSplitter#identity()}), or
   * {@code null} when the source has none of its own: the reader then hashes the first record.
   */
  default String identity() {
    return null;
  }
}

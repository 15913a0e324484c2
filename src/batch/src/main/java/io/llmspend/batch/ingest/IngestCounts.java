package io.llmspend.batch.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the ingest step did with the lines it read: {@code read = loaded + quarantined +
 * duplicates}, always. Kept in the step's execution context, so the counts survive a restart.
 *
 * @param loaded calls inserted into {@code calls}
 * @param quarantined lines written to {@code quarantine}
 * @param duplicates calls whose key was already loaded (by this run or an earlier one)
 */
public record IngestCounts(long loaded, long quarantined, long duplicates) {
  /** The exit code of a step (and job) that quarantined lines but otherwise completed. */
  public static final String COMPLETED_WITH_SKIPS = "COMPLETED WITH SKIPS";
  private static final String PREFIX = "ingest.";

  public IngestCounts {
    if (loaded < 0 || quarantined < 0 || duplicates < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** The counts saved in {@code context}, zero when none are. */
  public static IngestCounts from(ExecutionContext context) {
    return new IngestCounts(context.getLong(PREFIX + "loaded", 0),
        context.getLong(PREFIX + "quarantined", 0), context.getLong(PREFIX + "duplicates", 0));
  }

  void saveTo(ExecutionContext context) {
    context.putLong(PREFIX + "loaded", loaded);
    context.putLong(PREFIX + "quarantined", quarantined);
    context.putLong(PREFIX + "duplicates", duplicates);
  }

  /** Lines accounted for: loaded + quarantined + duplicates. */
  public long read() {
    return loaded + quarantined + duplicates;
  }

  String describe(long readCount) {
    return String.format("read %,d = loaded %,d + quarantined %,d + duplicates %,d", readCount,
        loaded, quarantined, duplicates);
  }
}

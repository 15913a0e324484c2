package io.llmspend.batch.exports;

/**
 * What the {@code exports} step did: {@code records = loaded + duplicates + quarantined} over the
 * files read.
 *
 * @param skippedFiles files whose fingerprint was loaded before (not read again)
 * @param files files read
 * @param loaded results inserted (usage buckets and cost lines)
 * @param duplicates results already loaded (overlapping pages)
 * @param quarantined results (or whole files) that could not be loaded
 */
record ExportCounts(long skippedFiles, long files, long loaded, long duplicates,
    long quarantined) {
  static final ExportCounts NONE = new ExportCounts(0, 0, 0, 0, 0);

  ExportCounts {
    if (skippedFiles < 0 || files < 0 || loaded < 0 || duplicates < 0 || quarantined < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  ExportCounts plus(ExportCounts o) {
    return new ExportCounts(skippedFiles + o.skippedFiles, files + o.files, loaded + o.loaded,
        duplicates + o.duplicates, quarantined + o.quarantined);
  }

  String describe() {
    return String.format("%d export files read (%d seen before, skipped): %d results loaded,"
        + " %d duplicates, %d quarantined", files, skippedFiles, loaded, duplicates, quarantined);
  }
}

package io.llmspend.batch.ingest;

/**
 * What a committed partition holds, written last into its folder ({@code manifest.json}).
 *
 * @param partition its name, {@code p00000}
 * @param run the run id
 * @param read records read: {@code calls + quarantined} (an OpenTelemetry line may give several)
 * @param calls rows of {@code calls.parquet} (duplicates not yet removed)
 * @param quarantined rows of {@code quarantine.parquet}
 * @param prompts rows of {@code prompts.parquet}
 */
record PartitionManifest(String partition, long run, long read, long calls, long quarantined,
    long prompts) {
  PartitionManifest {
    if (read != calls + quarantined) {
      throw new IllegalArgumentException("partition " + partition + ": read " + read
          + " != calls " + calls + " + quarantined " + quarantined);
    }
  }
}

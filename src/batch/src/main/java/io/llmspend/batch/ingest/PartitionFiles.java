package io.llmspend.batch.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.batch.ingest.PartitionPlanner.Partition;
import io.llmspend.batch.store.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a run's partitions and their outputs live: {@code <root>/run-<id>/plan.json} (the
 * partitions, written once) and one committed folder per partition, {@code
 * <root>/run-<id>/<name>/} with its Parquet files and {@code manifest.json} (the hand-off between
 * the partitions and the merge; see docs/architecture.md). Folders are readable by their owner
 * only (the outputs hold prompt texts).
 */
final class PartitionFiles {
  static final String MANIFEST = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<LogSlice>> SLICES = new TypeReference<>() {};
  private final Path run;

  /** @param run the run's folder, {@code <root>/run-<id>} */
  PartitionFiles(Path run) {
    this.run = run.toAbsolutePath().normalize();
  }

  static PartitionFiles of(Path root, long runId) {
    return new PartitionFiles(root.resolve("run-" + runId));
  }

  Path folder() {
    return run;
  }

  /** The partition's committed output folder. */
  Path output(String partition) {
    return run.resolve(partition);
  }

  /** The plan saved by the run's first start, if any. */
  Optional<List<Partition>> savedPlan() {
    Path plan = run.resolve("plan.json");
    if (!Files.isRegularFile(plan)) {
      return Optional.empty();
    }
    try {
      return Optional.of(List.of(JSON.readValue(plan.toFile(), Partition[].class)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + plan, e);
    }
  }

  /** Saves the plan (atomically: a killed run leaves none or all of it). */
  void savePlan(List<Partition> partitions) {
    try {
      OwnerOnly.directories(run);
      Path tmp = run.resolve(".plan.json.tmp-" + UUID.randomUUID());
      JSON.writeValue(tmp.toFile(), partitions);
      Files.move(tmp, run.resolve("plan.json"), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the partition plan in " + run, e);
    }
  }

  /** A partition's committed manifest, if it has been committed. */
  Optional<PartitionManifest> manifest(String partition) {
    Path manifest = output(partition).resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(manifest.toFile(), PartitionManifest.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
  }

  static void writeManifest(Path folder, PartitionManifest manifest) throws IOException {
    JSON.writeValue(folder.resolve(MANIFEST).toFile(), manifest);
  }

  /** A new temporary folder for a partition's output, hidden from the merge ({@code .name.tmp-*}). */
  Path temporary(String partition) throws IOException {
    OwnerOnly.directories(run);
    return OwnerOnly.directories(run.resolve("." + partition + ".tmp-" + UUID.randomUUID()));
  }

  static String encode(List<LogSlice> slices) {
    try {
      return JSON.writeValueAsString(slices);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<LogSlice> decode(String slices) {
    try {
      return JSON.readValue(slices, SLICES);
    } catch (IOException e) {
      throw new UncheckedIOException("not a partition's slices: " + slices, e);
    }
  }

  /** Deletes the run's folder and everything in it; missing is fine. */
  void delete() throws IOException {
    if (!Files.exists(run)) {
      return;
    }
    try (var paths = Files.walk(run)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Deletes a folder and its files (one level: a partition's output). */
  static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(folder);
  }
}

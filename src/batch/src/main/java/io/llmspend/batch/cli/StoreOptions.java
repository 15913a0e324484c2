package io.llmspend.batch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every job command shares: the store, the reports folder, extra configuration. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "data/llmspend.duckdb",
      description = "The DuckDB store (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
      description = "Where reports are written (default: ${DEFAULT-VALUE}).")
  Path reports;

  /** Read when no {@code --config} is given and it exists: the project's own configuration. */
  static final Path DEFAULT_CONFIG = Path.of("jobs", "llmspend.yml");

  @Option(names = "--config", paramLabel = "FILE",
      description = "An extra configuration file (YAML or properties) over the defaults "
          + "(default: jobs/llmspend.yml when it exists).")
  Path config;

  /** The {@code --config} file, else {@link #DEFAULT_CONFIG} when it exists, else null. */
  Path configFile() {
    if (config != null) {
      return config;
    }
    return Files.isRegularFile(DEFAULT_CONFIG) ? DEFAULT_CONFIG : null;
  }

  /** Prints why and returns false when {@code --config} names no file. */
  boolean configFound() {
    if (config != null && !Files.isRegularFile(config)) {
      System.err.println("llmspend: configuration file not found: " + config.toAbsolutePath());
      return false;
    }
    return true;
  }
}

package io.llmspend.batch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a store's companions live. A store is known by its real path (symbolic links resolved),
 * so two runs given the same store through different paths ({@code --db} a link, {@code ..} in
 * the path) take the same lock and use the same job repository.
 */
public final class StorePaths {
  private StorePaths() {}

  /**
   * The real path of {@code store}: its own when it exists, else its folder's real path and its
   * name. Creates the folder (owner-only, {@link OwnerOnly#directories}) when missing.
   *
   * @throws IOException if the folder cannot be created or resolved
   */
  public static Path real(Path store) throws IOException {
    Path absolute = store.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      return absolute.toRealPath();
    }
    Path folder = OwnerOnly.directories(absolute.getParent()).toRealPath();
    return folder.resolve(absolute.getFileName().toString());
  }

  /**
   * The default H2 job repository of a store, without H2's {@code .mv.db}: beside the store,
   * named after it ({@code data/llmspend.duckdb} -> {@code data/llmspend-jobs}), so each store has
   * its own run history and two runs on two stores never share a repository file.
   */
  public static Path jobRepository(Path realStore) {
    String name = realStore.getFileName().toString();
    String stem = name.endsWith(".duckdb") ? name.substring(0, name.length() - 7) : name;
    return realStore.resolveSibling(stem + "-jobs");
  }

  /** The JDBC URL of {@link #jobRepository}: an H2 file, every commit on disk before going on. */
  public static String jobRepositoryUrl(Path realStore) {
    return "jdbc:h2:file:" + jobRepository(realStore)
        + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0";
  }
}

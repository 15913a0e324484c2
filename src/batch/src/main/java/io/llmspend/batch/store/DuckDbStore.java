package io.llmspend.batch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The DuckDB analytics store: one file, one connection, one writer (the running job).
 *
 * <p>SQL lives in {@code src/main/resources/sql/<layer>/<table>.sql}; {@link #runLayer} runs a
 * layer's files in name order. Opening the store creates the file (and its folder) if needed,
 * readable by its owner only ({@link OwnerOnly}), and runs the {@code raw} layer, which creates the tables that do not exist yet.
 *
 * <p>Not thread-safe: the job uses it from one thread at a time.
 */
public class DuckDbStore implements AutoCloseable {
  private static final PathMatchingResourcePatternResolver RESOURCES =
      new PathMatchingResourcePatternResolver();
  private final Path file;
  private final DuckDBConnection connection;

  DuckDbStore(Path file, DuckDBConnection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (or creates) the store at {@code file} and creates missing tables.
   *
   * @throws StoreException if the file cannot be opened (another process holds it, say)
   */
  public static DuckDbStore open(Path file) {
    try {
      Path absolute = file.toAbsolutePath().normalize();
      OwnerOnly.directories(absolute.getParent());
      Properties settings = new Properties();
      settings.setProperty("jdbc_stream_results", "true"); // large report queries stream
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + absolute, settings);
      OwnerOnly.file(absolute); // it holds prompt texts
      DuckDbStore store = new DuckDbStore(absolute, connection.unwrap(DuckDBConnection.class));
      store.runLayer("raw");
      store.dropCallsKey();
      return store;
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot open the DuckDB store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Rebuilds, once, a calls table made with a primary key on {@code call_key} without it ({@code
   * sql/migrate/calls_without_key.sql}), in one transaction.
   */
  private void dropCallsKey() throws SQLException {
    boolean keyed;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from duckdb_constraints() "
            + "where table_name = 'calls' and constraint_type = 'PRIMARY KEY'")) {
      rows.next();
      keyed = rows.getLong(1) > 0;
    }
    if (!keyed) {
      return;
    }
    String ddl = sql("raw", "calls").strip().replaceFirst(";$", "")
        .replace("create table if not exists calls (", "create table calls_without_key (");
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql("migrate", "calls_without_key").replace("${calls_ddl}", ddl));
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Sets DuckDB's {@code memory_limit} for this connection's database.
   *
   * @param size a size DuckDB reads, e.g. {@code 2GB} (checked by {@link StoreProperties})
   * @throws StoreException if DuckDB refuses it
   */
  public void limitMemory(String size) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("set memory_limit = '" + size.replace("'", "") + "'");
    } catch (SQLException e) {
      throw new StoreException("cannot set the memory limit " + size + ": " + e.getMessage(), e);
    }
  }

  /** The store's file. */
  public Path file() {
    return file;
  }

  /** The connection; do not close it (close the store). */
  public Connection connection() {
    return connection;
  }

  /** A new appender on {@code table} in the main schema; close it to flush. */
  public DuckDBAppender appender(String table) throws SQLException {
    return connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /**
   * Runs every {@code sql/<layer>/*.sql} file in name order.
   *
   * @throws StoreException naming the file that failed
   */
  public void runLayer(String layer) {
    for (Resource script : scripts(layer)) {
      String name = "sql/" + layer + "/" + script.getFilename();
      try (Statement statement = connection.createStatement()) {
        statement.execute(read(script));
      } catch (SQLException e) {
        throw new StoreException(name + " failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Runs one file, {@code sql/<layer>/<name>.sql}.
   *
   * @throws StoreException naming the file, if it fails
   */
  public void execute(String layer, String name) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql(layer, name));
    } catch (SQLException e) {
      throw new StoreException("sql/" + layer + "/" + name + ".sql failed: " + e.getMessage(), e);
    }
  }

  /** The text of {@code sql/<layer>/<name>.sql}. */
  public static String sql(String layer, String name) {
    return read(RESOURCES.getResource("classpath:sql/" + layer + "/" + name + ".sql"));
  }

  /**
   * Runs {@code sql/<layer>/<name>.sql}, a query, and hands its rows to {@code reader}.
   *
   * @throws SQLException if the query or the reader fails
   */
  public <T> T query(String layer, String name, ResultSetFunction<T> reader) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql(layer, name))) {
      return reader.apply(rows);
    }
  }

  /** Reads a result set; may throw {@link SQLException}. */
  @FunctionalInterface
  public interface ResultSetFunction<T> {
    T apply(ResultSet rows) throws SQLException;
  }

  /** The names (without {@code .sql}) of a layer's files, in name order. */
  public static List<String> names(String layer) {
    return scripts(layer).stream()
        .map(r -> r.getFilename().substring(0, r.getFilename().length() - 4))
        .toList();
  }

  private static List<Resource> scripts(String layer) {
    try {
      Resource[] found = RESOURCES.getResources("classpath*:sql/" + layer + "/*.sql");
      return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list sql/" + layer, e);
    }
  }

  private static String read(Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}

package io.llmspend.batch.nightly;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for job-repository tests, with a fresh schema per test run: the server named
 * by {@code LLMSPEND_TEST_POSTGRES_URL} (user {@code LLMSPEND_TEST_POSTGRES_USER}, default
 * postgres; password {@code LLMSPEND_TEST_POSTGRES_PASSWORD}, default empty), as {@code .ci/run}
 * sets it, else a Testcontainers PostgreSQL when a Docker engine exists. With neither, the test
 * is skipped on a laptop and FAILS when {@code CI=true}: a skipped test is not a pass.
 */
final class TestPostgres implements AutoCloseable {
  private final PostgreSQLContainer container;
  private final String serverUrl;
  private final String user;
  private final String password;
  private final String schema = "llmspend_" + UUID.randomUUID().toString().replace("-", "");

  private TestPostgres(PostgreSQLContainer container, String url, String user, String password)
      throws SQLException {
    this.container = container;
    this.serverUrl = url;
    this.user = user;
    this.password = password;
    execute("create schema " + schema);
  }

  static TestPostgres start() throws SQLException {
    String url = System.getenv("LLMSPEND_TEST_POSTGRES_URL");
    if (url != null && !url.isBlank()) {
      return new TestPostgres(null, url, env("LLMSPEND_TEST_POSTGRES_USER", "postgres"),
          env("LLMSPEND_TEST_POSTGRES_PASSWORD", ""));
    }
    if (DockerClientFactory.instance().isDockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
      container.start();
      return new TestPostgres(container, container.getJdbcUrl(), container.getUsername(),
          container.getPassword());
    }
    String why = "no PostgreSQL: set LLMSPEND_TEST_POSTGRES_URL (see .ci/run) or start Docker";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true and " + why + ": the PostgreSQL job-repository tests must run in CI");
    }
    Assumptions.abort(why);
    throw new AssertionError("unreachable");
  }

  /** The JDBC URL of this run's own schema. */
  String url() {
    return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The user and password, for a configuration file of the test's own. */
  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /**
   * Writes a configuration file: the fixture's {@code llmspend-test.yml} with the job repository
   * on this schema.
   */
  Path config(String fixture, Path dir) throws Exception {
    String yml = Files.readString(NightlyFixtures.FIXTURES.resolve(fixture)
        .resolve("llmspend-test.yml"));
    String datasource = "url: \"" + url() + "\"\n    username: \"" + user
        + "\"\n    password: \"" + password + "\"";
    Path file = dir.resolve("llmspend-postgres.yml");
    Files.writeString(file, yml.replaceFirst("url: .*", datasource.replace("$", "\\$")));
    return file;
  }

  /** Runs a query on this run's schema and returns the first column of the first row. */
  Object scalar(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(), user, password);
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null ? otherwise : value;
  }

  @Override
  public void close() throws SQLException {
    try {
      execute("drop schema if exists " + schema + " cascade");
    } finally {
      if (container != null) {
        container.stop();
      }
    }
  }
}

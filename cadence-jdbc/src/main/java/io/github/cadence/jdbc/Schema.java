package io.github.cadence.jdbc;

import io.github.cadence.jdbc.WorkspaceException.Problem;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The workspace's schema: its version, and the Flyway migrations that bring it up to date. */
final class Schema {
  /** The newest schema this version of Cadence knows: the highest migration's version. */
  static final int LATEST = 6;

  static final String HISTORY = "cadence_schema_history";
  static final String MIGRATIONS = "classpath:io/github/cadence/jdbc/migration";

  private Schema() {}

  /**
   * The schema version of a workspace (0 for a new one); refuses a workspace that a newer Cadence
   * wrote: this one would misread it.
   */
  static int check(Connection c, String workspace) throws SQLException {
    if (!hasTable(c, HISTORY)) {
      return 0;
    }
    int version = 0;
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT version FROM " + HISTORY + " WHERE success AND version IS NOT NULL")) {
      while (r.next()) {
        try {
          version = Math.max(version, Integer.parseInt(r.getString(1)));
        } catch (NumberFormatException e) {
          version = Integer.MAX_VALUE;
        }
      }
    }
    if (version > LATEST) {
      throw new WorkspaceException(
          Problem.NEWER_SCHEMA,
          workspace
              + " was created by Cadence schema "
              + (version == Integer.MAX_VALUE ? "(unknown)" : version)
              + "; this is schema "
              + LATEST
              + ": upgrade Cadence to open it",
          null);
    }
    return version;
  }

  static boolean hasTable(Connection c, String table) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
      try (ResultSet r = meta.getTables(null, schema, name, new String[] {"TABLE"})) {
        if (r.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Creates or updates the schema; Flyway keeps its history in {@value #HISTORY}. */
  static void migrate(DataSource dataSource, String workspace) {
    try {
      Flyway.configure(Schema.class.getClassLoader())
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .table(HISTORY)
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new WorkspaceException(
          Problem.STORAGE,
          "cannot bring the schema of " + workspace + " up to date: " + e.getMessage(),
          e);
    }
  }

  /** A contact another instance changed or removed since this one saw it: its own conflict. */
  static WorkspaceException stale(String doing, SQLException e) {
    return new WorkspaceException(
        Problem.CONFLICT,
        "cannot " + doing + ": " + e.getMessage() + "; refresh() and try again",
        e);
  }

  /** A write that breaks a constraint: another instance changed what this one holds. */
  static WorkspaceException conflict(String doing, SQLException e) {
    return new WorkspaceException(
        Problem.CONFLICT,
        "cannot "
            + doing
            + ": another workspace instance changed it meanwhile ("
            + e.getMessage()
            + "); refresh() and try again",
        e);
  }

  /** A row holds what the model rejects: something other than Cadence wrote it. */
  static WorkspaceException changedOutside(String workspace, String doing, SQLException e) {
    return new WorkspaceException(
        Problem.STORAGE,
        "cannot "
            + doing
            + " "
            + workspace
            + ": "
            + e.getMessage()
            + "; it was changed outside"
            + " Cadence",
        e);
  }
}

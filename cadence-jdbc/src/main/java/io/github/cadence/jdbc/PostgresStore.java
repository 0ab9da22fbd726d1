package io.github.cadence.jdbc;

import io.github.cadence.jdbc.WorkspaceException.Problem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A workspace in a PostgreSQL database, reached through the application's {@link DataSource} (its
 * pool, its credentials, its schema): a connection per transaction, given back at its end. Writers
 * of every instance on the database run one at a time, in the order of their change numbers (the
 * row of {@code workspace_change} they update first stays locked until they commit).
 */
final class PostgresStore extends Store {
  private final DataSource dataSource;
  private final String name;

  private PostgresStore(DataSource dataSource, String name) {
    this.dataSource = dataSource;
    this.name = name;
  }

  static PostgresStore open(DataSource dataSource) {
    String name = "PostgreSQL workspace";
    try (Connection c = dataSource.getConnection()) {
      name = "PostgreSQL workspace " + withoutParameters(c.getMetaData().getURL());
      String schema = c.getSchema();
      if (!Schema.hasTable(c, Schema.HISTORY)) {
        List<String> taken = new ArrayList<>();
        for (String table : List.of("tier", "contact", "touchpoint", "goal", "settings")) {
          if (Schema.hasTable(c, table)) {
            taken.add(table);
          }
        }
        if (!taken.isEmpty()) {
          throw new WorkspaceException(
              Problem.NOT_A_WORKSPACE,
              name
                  + " is not a Cadence workspace: schema "
                  + schema
                  + " has tables named "
                  + String.join(", ", taken)
                  + " that Cadence did not create; give Cadence a schema of its own (for example"
                  + " currentSchema=cadence in the JDBC URL)",
              null);
        }
      }
      Schema.check(c, name);
    } catch (SQLException e) {
      throw translate(name, e, "open");
    }
    Schema.migrate(dataSource, name);
    return new PostgresStore(dataSource, name);
  }

  private static String withoutParameters(@Nullable String url) {
    if (url == null) {
      return "(unknown URL)";
    }
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  @Override
  String name() {
    return name;
  }

  /**
   * PostgreSQL keeps its own pages sound (checksums, write-ahead log); what Cadence can check is
   * that the database answers and holds every table of the schema.
   */
  @Override
  List<String> check() {
    return read(
        "check",
        c -> {
          List<String> problems = new ArrayList<>();
          for (String table : List.of("contact", "touchpoint", "tier", "workspace_change")) {
            if (!Schema.hasTable(c, table)) {
              problems.add("the table " + table + " is missing");
            }
          }
          return problems;
        });
  }

  @Override
  void backup(Path target) {
    throw new UnsupportedOperationException(
        name + " is a PostgreSQL database: back it up with pg_dump, as any PostgreSQL database");
  }

  @Override
  <T> T write(String doing, Work<T> work, BeforeCommit<T> beforeCommit) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      T result;
      try {
        result = work.run(c);
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        throw translate(e, doing);
      }
      try {
        beforeCommit.accept(result);
      } catch (RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      }
      try {
        c.commit();
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        throw new CommitFailedException(translate(e, doing));
      }
      return result;
    } catch (SQLException e) {
      throw translate(e, doing);
    }
  }

  @Override
  <T> T read(String doing, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        throw translate(e, doing);
      } finally {
        c.setReadOnly(false);
      }
    } catch (SQLException e) {
      throw translate(e, doing);
    }
  }

  private static void rollbackQuietly(Connection c, Throwable failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  WorkspaceException translate(SQLException e, String doing) {
    return translate(name, e, doing);
  }

  private static WorkspaceException translate(String name, SQLException e, String doing) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (e instanceof Rows.InvalidRowException) {
      return Schema.changedOutside(name, doing, e);
    }
    if (e instanceof ContactTable.StaleContactException) {
      return Schema.stale(doing, e);
    }
    if (state.startsWith("23")) {
      return Schema.conflict(doing, e);
    }
    if (state.equals("25006") || state.equals("42501")) {
      return new WorkspaceException(
          Problem.READ_ONLY,
          "cannot "
              + doing
              + " "
              + name
              + ": the database refuses to write ("
              + e.getMessage()
              + "); give the workspace's role write access",
          e);
    }
    if (state.equals("55P03") || state.equals("40P01") || state.equals("40001")) {
      return new WorkspaceException(
          Problem.IN_USE,
          "cannot "
              + doing
              + " "
              + name
              + ": the workspace is in use by another process ("
              + e.getMessage()
              + "); try again",
          e);
    }
    if (state.startsWith("08")) {
      return new WorkspaceException(
          Problem.STORAGE,
          "cannot " + doing + " " + name + ": cannot reach the database (" + e.getMessage() + ")",
          e);
    }
    return new WorkspaceException(
        Problem.STORAGE, "cannot " + doing + " " + name + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    // The connections belong to the application's DataSource, and each was given back.
  }
}

package io.github.cadence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A workspace's database: how to reach it, how to run a transaction on it, and how to word its
 * failures. The statements themselves, the same on every database, are in the table classes ({@link
 * ContactTable}, {@link TouchpointTable}, {@link PlanTable}, {@link ConfigTable}).
 */
abstract class Store implements AutoCloseable {
  /** Work on a connection within a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** What to do once the work is done, before the commit: a failure rolls the transaction back. */
  @FunctionalInterface
  interface BeforeCommit<T> {
    void accept(T result);
  }

  /** The workspace, as messages name it: its file, or its database's URL. */
  abstract String name();

  /**
   * Runs work in a transaction that writes: transactions that write run one at a time, across
   * processes and workspace instances, in the order of their change numbers.
   */
  abstract <T> T write(String doing, Work<T> work, BeforeCommit<T> beforeCommit);

  /** Runs work in a transaction that reads a consistent snapshot. */
  abstract <T> T read(String doing, Work<T> work);

  /**
   * The database's own check of its pages and indexes: the problems it finds, none if it is sound.
   */
  abstract List<String> check();

  /** Writes a consistent copy of the database to a new file, while others may use it. */
  abstract void backup(Path target);

  /** A failure of the database, worded for the user: which workspace, what failed, what to do. */
  abstract WorkspaceException translate(SQLException e, String doing);

  @Override
  public abstract void close();

  /**
   * The commit failed after the work was done: the caller's memory may be ahead of the database.
   */
  static final class CommitFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught inside the workspace
    final WorkspaceException failure;

    CommitFailedException(WorkspaceException failure) {
      super(failure);
      this.failure = failure;
    }
  }
}

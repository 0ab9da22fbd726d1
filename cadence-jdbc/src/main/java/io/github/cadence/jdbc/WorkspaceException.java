package io.github.cadence.jdbc;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A workspace could not be opened or changed: the message names the workspace (its file, or its
 * database) and what to do. The workspace's data is as it was before the failed operation.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WorkspaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for a program that reacts to some problems (waits and retries, say). */
  public enum Problem {
    /** The file or database is not a Cadence workspace. */
    NOT_A_WORKSPACE,
    /** The workspace was written by a newer version of Cadence. */
    NEWER_SCHEMA,
    /** The workspace cannot be written: a read-only file, directory or database. */
    READ_ONLY,
    /** Another process holds the workspace's write lock for longer than the busy timeout. */
    IN_USE,
    /**
     * The change contradicts one that another workspace instance or process committed since this
     * one last loaded or refreshed: {@code refresh()}, then try again.
     */
    CONFLICT,
    /** The directory the workspace file should be in does not exist. */
    MISSING_DIRECTORY,
    /** The workspace was closed. */
    CLOSED,
    /** Any other failure of the database or of the file system. */
    STORAGE
  }

  /** What went wrong. */
  private final Problem problem;

  WorkspaceException(Problem problem, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.problem = requireNonNull(problem, "problem");
  }

  /**
   * What went wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }
}

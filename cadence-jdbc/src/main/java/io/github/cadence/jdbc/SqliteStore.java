package io.github.cadence.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.cadence.jdbc.WorkspaceException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A workspace in an SQLite file, in WAL mode: readers never wait for the writer, and a committed
 * transaction survives a killed process. One connection, kept open while the workspace is; other
 * processes may open the same file, and their writers wait for each other up to the busy timeout.
 */
final class SqliteStore extends Store {
  /** {@code PRAGMA application_id} of a Cadence workspace: "CDNC". */
  static final int APPLICATION_ID = 0x43444E43;

  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private final Path file;
  private final Connection connection;

  /**
   * The file's identity when opened (its inode), to notice it deleted or replaced under a write.
   */
  private final @Nullable Object fileKey;

  /** Whether BEGIN was run and neither COMMIT nor ROLLBACK since. */
  private boolean inTransaction;

  private SqliteStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.fileKey = fileKey(file);
  }

  private static @Nullable Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Opens the file for reading only: SQLite refuses any write through the connection. A file of an
   * older schema is brought up to date first, once, by a writing connection; a new file is created
   * the same way.
   */
  static SqliteStore openReadOnly(Path path, Duration busyTimeout) {
    Path file = path.toAbsolutePath().normalize();
    if (!Files.exists(file) || !upToDate(file, busyTimeout)) {
      open(path, busyTimeout).close();
    }
    return open(path, busyTimeout, true);
  }

  private static boolean upToDate(Path file, Duration busyTimeout) {
    try {
      open(file, busyTimeout, true).close();
      return true;
    } catch (WorkspaceException e) {
      if (e.problem() == Problem.NEWER_SCHEMA) {
        throw e;
      }
      return false;
    }
  }

  static SqliteStore open(Path path, Duration busyTimeout) {
    return open(path, busyTimeout, false);
  }

  private static SqliteStore open(Path path, Duration busyTimeout, boolean readOnly) {
    Path file = path.toAbsolutePath().normalize();
    checkFile(file);
    NativeLibrary.placeOutsideTemp();
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
    config.enforceForeignKeys(true);
    // Every commit synced: a change is on disk when the method that made it returns.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setReadOnly(readOnly);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw translate(file, e, "open");
    }
    // A write-ahead log left behind means the last process to use the file did not close it
    // (killed, or its machine stopped): check the pages before trusting them.
    boolean unclean = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
    SqliteStore store = new SqliteStore(file, connection);
    try {
      if (unclean) {
        List<String> problems = store.pragmaCheck("quick_check");
        if (!problems.isEmpty()) {
          throw damaged(file, problems);
        }
      }
      // An up-to-date workspace opens without writing, so that it opens while another process
      // is writing it.
      boolean marked = store.checkOwner();
      if (Schema.check(connection, store.name()) < Schema.LATEST) {
        if (readOnly) {
          throw new WorkspaceException(
              Problem.STORAGE, store.name() + " needs its schema brought up to date", null);
        }
        try (Statement s = connection.createStatement()) {
          s.execute("PRAGMA journal_mode = WAL");
        }
        Schema.migrate(dataSource, store.name());
      }
      if (!marked && !readOnly) {
        try (Statement s = connection.createStatement()) {
          s.execute("PRAGMA application_id = " + APPLICATION_ID);
        }
      }
      return store;
    } catch (SQLException e) {
      store.close();
      throw store.translate(e, "open");
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Refuses a path that cannot be a workspace before SQLite would create or misread it. */
  private static void checkFile(Path file) {
    Path parent = file.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new WorkspaceException(
          Problem.MISSING_DIRECTORY,
          "cannot open workspace "
              + file
              + ": the directory "
              + parent
              + " does not exist; create it, or choose a workspace in an existing directory",
          null);
    }
    if (Files.isDirectory(file)) {
      throw notAWorkspace(file, "it is a directory; give the path of a workspace file");
    }
    boolean fileWritable = !Files.exists(file) || Files.isWritable(file);
    if (!fileWritable || (parent != null && !Files.isWritable(parent))) {
      throw readOnly(file, "open", null);
    }
    if (!Files.exists(file)) {
      return;
    }
    byte[] header = new byte[SQLITE_HEADER.length];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(header, 0, header.length);
    } catch (IOException e) {
      throw new WorkspaceException(
          Problem.STORAGE, "cannot read workspace " + file + ": " + e.getMessage(), e);
    }
    if (read == 0) {
      throw notAWorkspace(
          file,
          "it is an empty file; remove it, or give a path that does not exist yet to create a"
              + " new workspace there");
    }
    if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
      throw notAWorkspace(file, "it is not an SQLite database; is this the right path?");
    }
  }

  private static WorkspaceException readOnly(
      Path file, String doing, @Nullable SQLException cause) {
    return new WorkspaceException(
        Problem.READ_ONLY,
        "cannot "
            + doing
            + " workspace "
            + file
            + ": the file or its directory is read-only; Cadence writes the file and, beside it, "
            + file.getFileName()
            + "-wal and "
            + file.getFileName()
            + "-shm. Make them writable, or copy the workspace to a writable directory",
        cause);
  }

  private static WorkspaceException notAWorkspace(Path file, String why) {
    return new WorkspaceException(
        Problem.NOT_A_WORKSPACE, file + " is not a Cadence workspace: " + why, null);
  }

  /**
   * Refuses another application's database: it has tables and is not marked as a workspace.
   *
   * @return whether the file is marked as a workspace already
   */
  private boolean checkOwner() throws SQLException {
    int applicationId;
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("PRAGMA application_id")) {
      applicationId = r.next() ? r.getInt(1) : 0;
    }
    if (applicationId == APPLICATION_ID) {
      return true;
    }
    if (applicationId == 0 && Schema.hasTable(connection, Schema.HISTORY)) {
      return false; // migrated by Cadence, not yet marked: the process ended in between
    }
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name LIMIT 6")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    if (!tables.isEmpty()) {
      throw notAWorkspace(
          file,
          "it is another application's SQLite database (tables "
              + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
              + (tables.size() > 5 ? ", ..." : "")
              + "); give Cadence a file of its own");
    }
    return false;
  }

  @Override
  String name() {
    return "workspace " + file;
  }

  @Override
  <T> T write(String doing, Work<T> work, BeforeCommit<T> beforeCommit) {
    T result;
    try {
      execute("BEGIN IMMEDIATE");
      result = work.run(connection);
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw translate(e, doing);
    }
    try {
      beforeCommit.accept(result);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(e);
      throw e;
    }
    try {
      execute("COMMIT");
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw new CommitFailedException(translate(e, doing));
    }
    Object now = fileKey(file);
    if (fileKey != null && !fileKey.equals(now)) {
      throw new CommitFailedException(
          new WorkspaceException(
              Problem.STORAGE,
              "cannot "
                  + doing
                  + ": the file "
                  + file
                  + (now == null ? " was deleted" : " was replaced by another file")
                  + " while Cadence was writing it; the change is not in any workspace there",
              null));
    }
    return result;
  }

  @Override
  List<String> check() {
    try {
      return pragmaCheck("integrity_check");
    } catch (SQLException e) {
      throw translate(e, "check");
    }
  }

  /** SQLite's integrity or quick check: the problems it lists, none for "ok". */
  private List<String> pragmaCheck(String pragma) throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
      while (r.next()) {
        String line = r.getString(1);
        if (!"ok".equals(line)) {
          problems.add(line);
        }
      }
    }
    return problems;
  }

  private static WorkspaceException damaged(Path file, List<String> problems) {
    return new WorkspaceException(
        Problem.NOT_A_WORKSPACE,
        file
            + " is damaged ("
            + problems.get(0)
            + (problems.size() > 1 ? ", and " + (problems.size() - 1) + " more" : "")
            + "): restore a backup ('cadence backup' makes them), or save what can still be read"
            + " with 'cadence export network-json'",
        null);
  }

  @Override
  void backup(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.equals(file)) {
      throw new IllegalArgumentException("a backup of " + file + " cannot be written over it");
    }
    Path dir = requireNonNull(absolute.getParent(), "a backup file's directory");
    Path tmp =
        dir.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(tmp);
      try (PreparedStatement p = connection.prepareStatement("VACUUM INTO ?")) {
        p.setString(1, tmp.toString());
        p.execute();
      }
      Files.move(
          tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException e) {
      throw translate(e, "back up to " + absolute + " from");
    } catch (IOException e) {
      throw new WorkspaceException(
          Problem.STORAGE, "cannot write the backup " + absolute + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // a leftover temporary file; the backup itself either moved into place or failed above
      }
    }
  }

  @Override
  <T> T read(String doing, Work<T> work) {
    try {
      execute("BEGIN");
      T result = work.run(connection);
      execute("COMMIT");
      return result;
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw translate(e, doing);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
    inTransaction = sql.startsWith("BEGIN");
  }

  private void rollbackQuietly(Throwable failure) {
    if (!inTransaction) {
      return;
    }
    try {
      execute("ROLLBACK");
    } catch (SQLException e) {
      // SQLite rolls back by itself after some failures (a full disk): nothing is left to undo.
      failure.addSuppressed(e);
      inTransaction = false;
    }
  }

  @Override
  WorkspaceException translate(SQLException e, String doing) {
    return translate(file, e, doing);
  }

  static WorkspaceException translate(Path file, SQLException e, String doing) {
    @Nullable SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
    String workspace = "workspace " + file;
    if (e instanceof Rows.InvalidRowException) {
      return Schema.changedOutside(workspace, doing, e);
    }
    if (e instanceof ContactTable.StaleContactException) {
      return Schema.stale(doing, e);
    }
    if (code == null) {
      return new WorkspaceException(
          Problem.STORAGE, "cannot " + doing + " " + workspace + ": " + e.getMessage(), e);
    }
    return switch (code.code & 0xff) {
      case 5, 6 -> // SQLITE_BUSY, SQLITE_LOCKED
          new WorkspaceException(
              Problem.IN_USE,
              "cannot "
                  + doing
                  + " "
                  + workspace
                  + ": the workspace is in use by another process, which kept it locked longer"
                  + " than the busy timeout; try again when it is done",
              e);
      case 8 -> readOnly(file, doing, e); // SQLITE_READONLY
      case 19 -> // SQLITE_CONSTRAINT: another process changed what this one holds in memory
          Schema.conflict(doing, e);
      case 26, 11 -> // SQLITE_NOTADB, SQLITE_CORRUPT
          new WorkspaceException(
              Problem.NOT_A_WORKSPACE,
              file + " is not a Cadence workspace, or it is damaged: " + e.getMessage(),
              e);
      case 14 -> // SQLITE_CANTOPEN
          new WorkspaceException(
              Problem.STORAGE,
              "cannot open "
                  + workspace
                  + ": SQLite cannot open or create the file there (check the directory's"
                  + " permissions and free space)",
              e);
      case 13 -> // SQLITE_FULL
          new WorkspaceException(
              Problem.STORAGE,
              "cannot " + doing + " " + workspace + ": the disk is full; nothing was changed",
              e);
      default ->
          new WorkspaceException(
              Problem.STORAGE, "cannot " + doing + " " + workspace + ": " + e.getMessage(), e);
    };
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw translate(e, "close");
    }
  }

  /** Where sqlite-jdbc unpacks its native library: not the temporary directory, if it is noexec. */
  static final class NativeLibrary {
    static final String PROPERTY = "org.sqlite.tmpdir";

    private NativeLibrary() {}

    /**
     * Points sqlite-jdbc's native library at a user cache directory, unless the application chose
     * one: {@code /tmp} is often mounted noexec, and a library unpacked there cannot be loaded.
     */
    static synchronized void placeOutsideTemp() {
      if (System.getProperty(PROPERTY) != null) {
        return;
      }
      String cache = System.getenv("XDG_CACHE_HOME");
      Path base =
          cache != null && !cache.isBlank()
              ? Paths.get(cache)
              : Paths.get(System.getProperty("user.home"), ".cache");
      Path dir = base.resolve("cadence").resolve("sqlite-native");
      try {
        Files.createDirectories(dir);
        System.setProperty(PROPERTY, dir.toString());
      } catch (IOException | SecurityException e) {
        // Leave the driver's default: the temporary directory, which works where it allows exec.
      }
    }
  }
}

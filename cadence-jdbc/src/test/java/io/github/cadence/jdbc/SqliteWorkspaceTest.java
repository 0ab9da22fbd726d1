package io.github.cadence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The workspace contract on an SQLite file. */
class SqliteWorkspaceTest extends WorkspaceContract {
  @TempDir Path dir;

  Path file() {
    return dir.resolve("network.cadence");
  }

  @Override
  Workspace.Builder workspace() {
    return Workspace.sqlite(file()).engine(ENGINE);
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file());
  }
}

package io.github.cadence.jdbc;

import static io.github.cadence.jdbc.Sample.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import io.github.cadence.jdbc.WorkspaceException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not workspaces, or that cannot be written: each is refused with a message naming
 * the path and what to do, and is left exactly as it was.
 */
class HostileFilesTest {
  @TempDir Path dir;

  private static void refused(ThrowingCallable open, Problem problem, String... phrases) {
    assertThatThrownBy(open)
        .isInstanceOf(WorkspaceException.class)
        .satisfies(
            e -> assertThat(((WorkspaceException) e).problem()).as(e.toString()).isEqualTo(problem))
        .message()
        .contains(phrases);
  }

  private static String hash(Path file) throws IOException {
    return Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString();
  }

  @Test
  void anEmptyFileIsNotAWorkspace() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.cadence"));
    refused(
        () -> Workspace.sqlite(file).open(NOW),
        Problem.NOT_A_WORKSPACE,
        file + " is not a Cadence workspace: it is an empty file");
    assertThat(Files.size(file)).isZero();
  }

  @Test
  void aTextFileIsNotAWorkspace() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "call maria on friday\n", StandardCharsets.UTF_8);
    String before = hash(file);
    refused(
        () -> Workspace.sqlite(file).open(NOW),
        Problem.NOT_A_WORKSPACE,
        file + " is not a Cadence workspace: it is not an SQLite database");
    assertThat(hash(file)).isEqualTo(before);
  }

  @Test
  void anotherApplicationsDatabaseIsNotAWorkspace() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
      s.execute("INSERT INTO invoices VALUES (1, 9.5)");
    }
    String before = hash(file);
    refused(
        () -> Workspace.sqlite(file).open(NOW),
        Problem.NOT_A_WORKSPACE,
        "another application's SQLite database (tables invoices)");
    assertThat(hash(file)).isEqualTo(before);
  }

  @Test
  void aDirectoryIsNotAWorkspace() {
    refused(
        () -> Workspace.sqlite(dir).open(NOW),
        Problem.NOT_A_WORKSPACE,
        dir + " is not a Cadence workspace: it is a directory");
  }

  @Test
  void aMissingDirectoryIsNamed() {
    Path file = dir.resolve("no/such/dir/network.cadence");
    refused(
        () -> Workspace.sqlite(file).open(NOW),
        Problem.MISSING_DIRECTORY,
        "the directory " + file.getParent() + " does not exist; create it");
    assertThat(dir.resolve("no")).doesNotExist();
  }

  @Test
  void anEmptySqliteDatabaseBecomesAWorkspace() throws Exception {
    Path file = dir.resolve("blank.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 0");
    }
    try (Workspace w = Workspace.sqlite(file).open(NOW)) {
      w.add(Sample.plain("p1"));
    }
    try (Workspace w = Workspace.sqlite(file).open(NOW)) {
      assertThat(w.contacts()).hasSize(1);
    }
  }

  @Test
  void aWorkspaceMigratedButNotYetMarkedStillOpens() throws Exception {
    Path file = dir.resolve("network.cadence");
    try (Workspace w = Workspace.sqlite(file).open(NOW)) {
      w.add(Sample.plain("p1"));
    }
    // As if the process had ended between the migration and marking the file as a workspace.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = 0");
    }
    try (Workspace w = Workspace.sqlite(file).open(NOW)) {
      assertThat(w.contacts()).hasSize(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA application_id")) {
      assertThat(r.getInt(1)).isEqualTo(SqliteStore.APPLICATION_ID);
    }
  }

  @Test
  void aWorkspaceLockedByAnotherProcessIsInUseAndUnchanged() throws Exception {
    Path file = dir.resolve("network.cadence");
    try (Workspace w = Workspace.sqlite(file).open(NOW)) {
      w.add(Sample.plain("p1"));
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = other.createStatement()) {
        s.execute("BEGIN EXCLUSIVE");
        try (Workspace waiting =
            Workspace.sqlite(file).busyTimeout(Duration.ofMillis(200)).open(NOW)) {
          refused(
              () -> waiting.add(Sample.plain("p2")),
              Problem.IN_USE,
              "workspace " + file,
              "in use by another process");
          assertThat(waiting.contacts()).extracting(c -> c.id()).containsExactly("p1");
        }
        s.execute("ROLLBACK");
      }
      w.add(Sample.plain("p3"));
      assertThat(w.contacts()).extracting(c -> c.id()).containsExactly("p1", "p3");
    }
    assertThat(integrityCheck(file)).isEqualTo("ok");
  }

  @Test
  void aReadOnlyWorkspaceCanBeReadAndSaysWhyItCannotBeChanged() throws Exception {
    try (Mounts mounts = new Mounts()) {
      Path mount = mounts.tmpfs(Files.createDirectory(dir.resolve("ro")), "rw");
      Path file = mount.resolve("network.cadence");
      try (Workspace w = Workspace.sqlite(file).open(NOW)) {
        w.add(Sample.plain("p1"));
      }
      // A clean close leaves no -wal file: the workspace is one file, as a user would copy it.
      assertThat(mount.resolve("network.cadence-wal")).doesNotExist();
      String before = hash(file);
      mounts.readOnly(mount);
      refused(
          () -> Workspace.sqlite(file).open(NOW),
          Problem.READ_ONLY,
          "workspace " + file,
          "read-only",
          "copy the workspace to a writable directory");
      assertThat(hash(file)).isEqualTo(before);
    }
  }

  @Test
  void aWorkspaceOnANoexecTemporaryDirectoryWorks() throws Exception {
    try (Mounts mounts = new Mounts()) {
      Path tmp = mounts.tmpfs(Files.createDirectory(dir.resolve("tmp")), "noexec");
      Path file = tmp.resolve("network.cadence");
      // A fresh JVM whose temporary directory is noexec: sqlite-jdbc must not unpack its native
      // library there.
      ChildJvm child =
          ChildJvm.start(
              WorkspaceWriter.class,
              "-Djava.io.tmpdir=" + tmp,
              "sqlite",
              file.toString(),
              "0",
              "1",
              "3");
      assertThat(child.waitForExit(Duration.ofSeconds(60))).as(child.output()).isZero();
      assertThat(child.output()).contains("committed 0");
      try (Workspace w = Workspace.sqlite(file).open(NOW)) {
        assertThat(w.touchpoints("writer")).hasSize(3);
      }
    }
  }

  static String integrityCheck(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      return r.getString(1);
    }
  }
}

package io.github.cadence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.model.Contact;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
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

  @Test
  void aWorkspaceOfSchema1IsBroughtUpToDateWithEveryContactKept() throws SQLException {
    Contact maria = Sample.maria();
    Contact plain = maria.toBuilder().build();
    try (Workspace w = workspace().open(Sample.NOW)) {
      w.add(Contact.builder("bo", Sample.NOW).displayName("Bo").build());
    }
    // Take the file back to schema 1, as Cadence 0.1 wrote it.
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE contact_handle");
      s.execute("ALTER TABLE contact DROP COLUMN organization");
      s.execute("DELETE FROM " + Schema.HISTORY + " WHERE version = '2'");
    }

    try (Workspace w = workspace().open(Sample.NOW)) {
      assertThat(w.contacts()).extracting(Contact::id).containsExactly("bo");
      assertThat(w.contact("bo").orElseThrow().handles()).isEmpty();
      w.add(plain);
    }
    try (Workspace w = workspace().open(Sample.NOW)) {
      assertThat(w.contact("maria")).contains(maria);
    }
  }
}

package io.github.cadence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.QueueRequest;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
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
  void openingAndReadingEverythingLeaveTheFileByteForByte() throws Exception {
    try (Workspace w = workspace().open(Sample.NOW)) {
      w.importAll(Sample.contacts(), Sample.touchpoints());
      w.configuration().saveSettings(Sample.settings());
      w.configuration().saveGoals(Sample.goals());
    }
    byte[] before = Files.readAllBytes(file());
    for (boolean readOnly : new boolean[] {false, true}) {
      Workspace.Builder b = workspace().tiers(List.of(new Tier("A", Period.ofDays(7), 3.0)));
      try (Workspace w = (readOnly ? b.readOnly() : b).open(Sample.NOW)) {
        w.queue(QueueRequest.asOf(Sample.NOW.plusSeconds(86_400)));
        w.contacts().forEach(c -> w.touchpoints(c.id()));
        w.read(n -> n.histories(Sample.NOW));
        w.plan().memory();
        w.configuration().settings();
        w.configuration().goals();
        w.tiers();
        w.refresh();
        assertThat(w.check()).isEmpty();
      }
      assertThat(Files.readAllBytes(file()))
          .as("opened %s", readOnly ? "read-only" : "to write")
          .isEqualTo(before);
    }
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
      s.execute("ALTER TABLE contact_occasion DROP COLUMN date_rule");
      s.execute("ALTER TABLE contact DROP COLUMN note");
      s.execute("ALTER TABLE contact DROP COLUMN next_meeting");
      s.execute("ALTER TABLE contact DROP COLUMN snoozed_until");
      s.execute("CREATE TABLE snooze (contact_id TEXT PRIMARY KEY, until_day TEXT NOT NULL)");
      s.execute("INSERT INTO snooze (contact_id, until_day) VALUES ('bo', '2026-12-10')");
      s.execute("DROP TABLE contact_handle");
      s.execute("ALTER TABLE contact DROP COLUMN organization");
      s.execute("DELETE FROM " + Schema.HISTORY + " WHERE version IN ('2', '3', '4', '5', '6')");
    }

    try (Workspace w = workspace().open(Sample.NOW)) {
      assertThat(w.contacts()).extracting(Contact::id).containsExactly("bo");
      assertThat(w.contact("bo").orElseThrow().handles()).isEmpty();
      // Schema 3 keeps a snooze on the contact.
      assertThat(w.contact("bo").orElseThrow().snoozedUntil()).contains(LocalDate.of(2026, 12, 10));
      w.add(plain);
    }
    try (Workspace w = workspace().open(Sample.NOW)) {
      assertThat(w.contact("maria")).contains(maria);
    }
  }

  @Test
  void aNameOrANoteAnOlderVersionStoredWithControlCharactersIsCleanedWhenTheWorkspaceOpens()
      throws SQLException {
    try (Workspace w = workspace().open(Sample.NOW)) {
      w.add(Contact.builder("eve", Sample.NOW).displayName("Eve").build());
      w.record(Sample.call("eve", Sample.NOW, "s1"));
    }
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE contact SET display_name = 'Eve' || char(27) || '[2J' || char(8238) || 'x'");
      s.execute("UPDATE touchpoint SET note = 'lunch' || char(7) || char(10) || 'then a walk'");
    }

    try (Workspace w = workspace().open(Sample.NOW)) {
      assertThat(w.contact("eve").orElseThrow().displayName()).isEqualTo("Eve[2Jx");
      assertThat(w.touchpoints("eve").get(0).note()).contains("lunch\nthen a walk");
    }
  }

  @Test
  void aWorkspaceOpenForReadingTakesSettingsInMemoryAndNeverWritesTheFile() throws Exception {
    try (Workspace w = workspace().open(Sample.NOW)) {
      w.importAll(Sample.contacts(), Sample.touchpoints());
    }
    byte[] before = Files.readAllBytes(file());

    try (Workspace w = workspace().readOnly().open(Sample.NOW)) {
      w.configuration().saveSettings(Sample.settings());
      w.configuration().saveGoals(Sample.goals());
      w.saveTier(Sample.MENTORS.withCadence(Period.ofDays(9)));
      assertThat(w.configuration().settings()).isEqualTo(Sample.settings());
      assertThat(w.configuration().goals()).isEqualTo(Sample.goals());
      assertThatThrownBy(() -> w.record(Sample.call("maria", Sample.NOW, "ro-1")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is open for reading only");
    }

    assertThat(Files.readAllBytes(file())).isEqualTo(before);
    try (Workspace w = workspace().open(Sample.NOW)) {
      assertThat(w.configuration().goals()).isEmpty();
    }
  }

  @Test
  void aWorkspaceFileDeletedOrReplacedUnderAWriteIsNoticedBeforeItReportsSuccess()
      throws Exception {
    Workspace w = workspace().open(Sample.NOW);
    w.add(Contact.builder("ana", Sample.NOW).build());
    Files.delete(file());

    assertThatThrownBy(() -> w.add(Contact.builder("bo", Sample.NOW).build()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("was deleted while Cadence was writing it");
    w.close();

    Workspace again = workspace().open(Sample.NOW);
    Path other = file().resolveSibling("other.cadence");
    Files.copy(file(), other);
    Files.move(other, file(), StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> again.add(Contact.builder("cy", Sample.NOW).build()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("was replaced by another file while Cadence was writing it");
    again.close();
  }

  @Test
  void checkFindsADamagedPageAndABackupIsAWorkspaceOfItsOwn() throws Exception {
    try (Workspace w = workspace().open(Sample.NOW)) {
      w.importAll(Sample.contacts(), Sample.touchpoints());
      Path copy = file().resolveSibling("copy.cadence");
      w.backup(copy);
      try (Workspace restored = Workspace.sqlite(copy).open(Sample.NOW)) {
        assertThat(restored.contacts()).isEqualTo(w.contacts());
      }
      assertThat(w.check()).isEmpty();
    }
    assertThat(Workspace.check(file())).isEmpty();

    // Random bytes over the last page, which holds rows or an index.
    long size = Files.size(file());
    try (FileChannel ch = FileChannel.open(file(), StandardOpenOption.WRITE)) {
      byte[] noise = new byte[4096];
      new Random(7).nextBytes(noise);
      ch.write(ByteBuffer.wrap(noise), size - 4096);
    }
    List<String> problems;
    try {
      problems = Workspace.check(file());
    } catch (WorkspaceException e) {
      problems = List.of(e.getMessage());
    }
    assertThat(problems).isNotEmpty();
  }
}

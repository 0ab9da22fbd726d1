package io.github.cadence.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.engine.QueueRequest;
import io.github.cadence.io.ImportResult;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Handle;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExampleTest {
  static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  @TempDir Path dir;

  @Test
  void aLinkedInExportAndAPhoneCardOfOnePersonBecomeOneContactOnceEvenIfImportedTwice()
      throws IOException {
    Path linkedIn = dir.resolve("Connections.csv");
    Files.writeString(
        linkedIn,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Ana,López,https://www.linkedin.com/in/ana-lopez,ana@lopez.example,Acme,CEO,"
            + "25 Nov 2026\r\n",
        StandardCharsets.UTF_8);
    Path phone = dir.resolve("contacts.vcf");
    Files.writeString(
        phone,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana López\r\nEMAIL:ANA@lopez.example\r\n"
            + "TEL;type=CELL:030 1234567\r\nEND:VCARD\r\n",
        StandardCharsets.UTF_8);
    Path file = dir.resolve("network.cadence");

    try (Workspace workspace = Workspace.sqlite(file).open(NOW)) {
      ImportResult first = ImportExample.importInto(workspace, List.of(linkedIn, phone), NOW);
      assertThat(first.report().lines())
          .contains(
              "merged Ana López (ana-lopez): "
                  + linkedIn
                  + ":2 + "
                  + phone
                  + ":1 on email ana@lopez.example");
      ImportResult again = ImportExample.importInto(workspace, List.of(linkedIn, phone), NOW);
      assertThat(again.report().changesNothing()).isTrue();
    }
    try (Workspace workspace = Workspace.sqlite(file).open(NOW)) {
      Contact ana = workspace.contact("ana-lopez").orElseThrow();
      assertThat(ana.handles())
          .containsExactly(
              Handle.profile("https://www.linkedin.com/in/ana-lopez"),
              Handle.email("ana@lopez.example"),
              Handle.phone("+49301234567"));
      assertThat(workspace.contacts()).hasSize(1);

      LocalDate today = LocalDate.of(2026, 12, 1);
      Agenda agenda =
          Planner.of(PlanSettings.builder().zone(ZoneId.of("Europe/Berlin")).build())
              .plan(workspace.queue(QueueRequest.asOf(NOW)), today, 7);
      Path ics = dir.resolve("cadence.ics");
      ImportExample.putInCalendar(agenda, ics, NOW);
      assertThat(Files.readString(ics))
          .startsWith("BEGIN:VCALENDAR")
          .contains("UID:cadence-block-20261201@cadence.local", "Ana López");
    }
  }
}

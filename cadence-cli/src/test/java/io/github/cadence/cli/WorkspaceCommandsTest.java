package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.jdbc.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init}, {@code import} and {@code today} on temporary workspaces. */
class WorkspaceCommandsTest {
  static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");
  @TempDir Path dir;
  Path linkedIn;
  Path phone;

  @BeforeEach
  void exports() throws IOException {
    linkedIn = dir.resolve("Connections.csv");
    Files.writeString(
        linkedIn,
        "\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of the"
            + " email addresses are missing.\"\r\n\r\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Ana,López,https://www.linkedin.com/in/ana-lopez,ana@lopez.example,Acme,CEO,"
            + "27 Nov 2026\r\n"
            + "Ken,O'Hara,https://www.linkedin.com/in/kenohara,,\"Globex, Inc.\",CTO,03 Jan 2023\r\n",
        StandardCharsets.UTF_8);
    phone = dir.resolve("contacts.vcf");
    Files.writeString(
        phone,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana López\r\nEMAIL:ANA@lopez.example\r\n"
            + "TEL;type=CELL:+49 30 1234567\r\nEND:VCARD\r\n",
        StandardCharsets.UTF_8);
  }

  Runs cadence(Map<String, String> env, String... args) {
    return Runs.cadence(NOW, env, args);
  }

  Runs cadence(String... args) {
    return cadence(Map.of("CADENCE_WORKSPACE", dir.resolve("ws").toString()), args);
  }

  @Test
  void initCreatesTheWorkspaceWhereTheOptionOrTheEnvironmentSays() {
    Runs first = cadence("init");
    assertThat(first.status()).isZero();
    assertThat(first.out())
        .isEqualTo(
            "Created the workspace " + dir.resolve("ws/network.cadence") + " (0 contacts)\n");
    assertThat(cadence("init").out()).startsWith("Workspace already at ");

    assertThat(cadence(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()), "init").out())
        .contains(dir.resolve("data/cadence/network.cadence").toString());
    assertThat(cadence("init", "--workspace", dir.resolve("mine").toString()).out())
        .contains(dir.resolve("mine/network.cadence").toString());
    // Before the command's name too, as git takes -C; the command's own option wins.
    String before = dir.resolve("before").toString();
    assertThat(cadence("--workspace", before, "init").out())
        .contains(dir.resolve("before/network.cadence").toString());
    assertThat(cadence("--workspace", before, "today").status()).isZero();
    assertThat(
            cadence("--workspace", before, "init", "--workspace", dir.resolve("own").toString())
                .out())
        .contains(dir.resolve("own/network.cadence").toString());
  }

  @Test
  void withoutAWorkspaceTheCommandSaysHowToMakeOne() {
    Runs run = cadence("today");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "cadence: no workspace at "
                + dir.resolve("ws")
                + ": run 'cadence init' to create one, or give --workspace DIR\n");
  }

  @Test
  void aPreviewShowsTheMergeReportAndChangesNothing() {
    cadence("init");

    Runs run =
        cadence("import", "--preview", "--region", "DE", linkedIn.toString(), phone.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "read " + linkedIn + ": LinkedIn connections, 2 records",
            "contacts: 2 new, 0 updated, 0 unchanged; touchpoints read: 0",
            "merged Ana López (ana-lopez): "
                + linkedIn
                + ":5 + "
                + phone
                + ":1 on email ana@lopez.example",
            "preview: nothing was changed");
    try (Workspace w = Workspace.sqlite(dir.resolve("ws/network.cadence")).open(NOW)) {
      assertThat(w.contacts()).isEmpty();
    }
  }

  @Test
  void anImportIsKeptAndImportingAgainChangesNothingAndSaysSo() {
    cadence("init");

    Runs first = cadence("import", "--region", "DE", linkedIn.toString(), phone.toString());
    Runs again = cadence("import", "--region", "DE", linkedIn.toString(), phone.toString());

    assertThat(first.out())
        .contains("imported: 2 contacts added, 0 updated; 0 touchpoints recorded");
    assertThat(again.out())
        .contains(
            "no contact changes: the network has every contact of these files already",
            "imported: 0 contacts added, 0 updated");
    try (Workspace w = Workspace.sqlite(dir.resolve("ws/network.cadence")).open(NOW)) {
      assertThat(w.contacts()).hasSize(2);
    }
  }

  @Test
  void aMalformedFileStopsTheImportWithItsPlaceAndNothingIsImported() throws IOException {
    cadence("init");
    Path broken = dir.resolve("broken.csv");
    Files.writeString(
        broken,
        "First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
            + "Bo,Berg,,Acme,CTO,31 Feb 2024\r\n");

    Runs run = cadence("import", linkedIn.toString(), broken.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "cadence: "
                + broken
                + ", line 2, field 'Connected On': '31 Feb 2024' is not valid: expected a date"
                + " like '12 Mar 2024'; nothing was imported");
    try (Workspace w = Workspace.sqlite(dir.resolve("ws/network.cadence")).open(NOW)) {
      assertThat(w.contacts()).isEmpty();
    }
  }

  @Test
  void aMailboxMakesTheMailWithContactsTouchpointsAndAMailTheyWroteLastAReplyOwed()
      throws IOException {
    Path mbox = dir.resolve("All mail Including Spam and Trash.mbox");
    Files.writeString(
        mbox,
        "From 1817300000000000001@xxx Thu Nov 26 09:00:00 +0000 2026\r\n"
            + "X-Gmail-Labels: Sent\r\n"
            + "Date: Thu, 26 Nov 2026 10:00:00 +0100\r\n"
            + "Message-ID: <hello-ana@example.com>\r\n"
            + "From: Dana Reyes <dana@example.com>\r\n"
            + "To: Ana <ana@lopez.example>\r\n\r\nHi Ana\r\n\r\n"
            + "From 1817300000000000002@xxx Sat Nov 28 17:00:00 +0000 2026\r\n"
            + "X-Gmail-Labels: Inbox\r\n"
            + "Date: Sat, 28 Nov 2026 18:00:00 +0100\r\n"
            + "Message-ID: <re-hello-ana@lopez.example>\r\n"
            + "From: =?UTF-8?Q?Ana_L=C3=B3pez?= <ANA@lopez.example>\r\n"
            + "To: dana@example.com\r\n\r\nCall me?\r\n\r\n"
            + "From 1817300000000000003@xxx Sun Nov 29 06:00:00 +0000 2026\r\n"
            + "Date: Sun, 29 Nov 2026 06:00:00 +0000\r\n"
            + "Message-ID: <n-1@shop.example>\r\n"
            + "List-Unsubscribe: <mailto:u@shop.example>\r\n"
            + "From: Shop <news@shop.example>\r\n"
            + "To: dana@example.com\r\n\r\nSale\r\n",
        StandardCharsets.UTF_8);
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, "me:\n  name: Dana Reyes\n  emails: [dana@example.com]\n");
    Map<String, String> env = Map.of("CADENCE_WORKSPACE", dir.resolve("ws").toString());
    cadence("init");

    Runs imported =
        cadence(env, "--config", config.toString(), "import", linkedIn.toString(), mbox.toString());

    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains(
            "read " + mbox + ": mailbox (mbox), 3 mails",
            mbox + ": 2 touchpoints with 1 contact, from 26 Nov 2026 to 28 Nov 2026",
            mbox
                + ": left out 1 mail: 1 bulk or automated (mailing lists, newsletters, automatic"
                + " replies)",
            "imported: 2 contacts added, 0 updated; 2 touchpoints recorded")
        .doesNotContain("took you to be");
    assertThat(cadence("today").out())
        .contains("1. Ana López", "Ana López wrote by email 2 days ago: reply owed");
  }

  @Test
  void aCalendarMakesPastMeetingsTouchesAndCountsThoseToCome() throws IOException {
    Path ics = dir.resolve("calendar.ics");
    String event =
        "BEGIN:VEVENT\r\nDTSTART:%s\r\nDTEND:%s\r\nUID:%s\r\n"
            + "ORGANIZER;CN=Dana Reyes:mailto:dana@example.com\r\n"
            + "ATTENDEE;PARTSTAT=ACCEPTED;CN=Dana Reyes:mailto:dana@example.com\r\n"
            + "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ana López:mailto:ana@lopez.example\r\n"
            + "SUMMARY:Coffee with Ana\r\nEND:VEVENT\r\n";
    Files.writeString(
        ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
            + String.format(event, "20261128T090000Z", "20261128T100000Z", "coffee-1@google.com")
            + String.format(event, "20261202T090000Z", "20261202T100000Z", "coffee-2@google.com")
            + "END:VCALENDAR\r\n",
        StandardCharsets.UTF_8);
    cadence("init");

    Runs imported =
        cadence("import", "--me", "dana@example.com", linkedIn.toString(), ics.toString());
    Runs later =
        cadence(
            "import",
            "--preview",
            "--me",
            "dana@example.com",
            "--as-of",
            "2026-12-03",
            ics.toString());

    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains(
            "read " + ics + ": iCalendar (.ics), 2 events",
            ics + ": 1 touchpoint with 1 contact, from 28 Nov 2026 to 28 Nov 2026",
            ics
                + ": 1 upcoming meeting with 1 contact in the next 90 days; rhythm follow-ups wait"
                + " for them",
            "imported: 2 contacts added, 0 updated; 1 touchpoint recorded");
    assertThat(later.out()).contains(ics + ": 2 touchpoints with 1 contact");
    assertThat(cadence("today").out()).doesNotContain("not yet followed up");
    assertThat(cadence("contact", "show", "ana-lopez").out())
        .contains("  meeting    2026-12-02 09:00, next");
  }

  @Test
  void todayShowsWhomToReachOutToWithTheReasonsOrAsJson() {
    cadence("init");
    cadence("import", linkedIn.toString());

    Runs today = cadence("today");
    assertThat(today.status()).isZero();
    assertThat(today.out())
        .contains(
            "1 of 2 contacts due, and 1 more to map",
            "1. Ana López",
            "connected on LinkedIn 3 days ago and not yet followed up",
            "To map today, 1 of 1 never talked to",
            "Ken O'Hara (ken-ohara): connected on LinkedIn 3 years ago, never talked");

    Runs json = cadence("today", "--json", "--limit", "1");
    assertThat(json.out())
        .startsWith("{")
        .contains("\"format\" : \"cadence-queue\"", "\"contactId\" : \"ana-lopez\"");
    // The first follow-up, then the contacts to map offered today, as the text shows them.
    assertThat(List.of(json.out().split("\"contactId\"", -1))).hasSize(3);
    assertThat(json.out().indexOf("\"contactId\" : \"ken-ohara\""))
        .isGreaterThan(json.out().indexOf("\"contactId\" : \"ana-lopez\""));
  }

  @Test
  void weekPlansTheComingDaysWithinTheBudget() {
    cadence("init");
    cadence("import", linkedIn.toString());

    Runs week = cadence("week");
    assertThat(week.status()).isZero();
    assertThat(week.out())
        .startsWith("The week from Mon Nov 30")
        .contains("Ana López", "of 30 min");

    assertThat(cadence("week", "--json").out()).contains("\"format\" : \"cadence-agenda\"");
    assertThat(cadence("week", "--days", "0").status()).isEqualTo(2);
  }

  @Test
  void exportIcsWritesACalendarThatIcal4jReadsBack() throws Exception {
    cadence("init");
    cadence("import", linkedIn.toString());
    Path ics = dir.resolve("cadence.ics");

    Runs run = cadence("export", "ics", "--alarm", "10", "--output", ics.toString());

    assertThat(run.status()).isZero();
    net.fortuna.ical4j.model.Calendar calendar =
        new net.fortuna.ical4j.data.CalendarBuilder()
            .build(new java.io.StringReader(Files.readString(ics)));
    calendar.validate();
    List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).getProperty("UID").orElseThrow().toString())
        .contains("cadence-block-20261130@cadence.local");
    assertThat(events.get(0).getAlarms()).hasSize(1);
  }

  @Test
  void theNetworkExportedAsJsonOrCsvImportsIntoAnotherWorkspaceAsItWas() {
    cadence("init");
    cadence("import", "--region", "DE", linkedIn.toString(), phone.toString());
    Path json = dir.resolve("backup.json");
    Path csv = dir.resolve("contacts.csv");
    assertThat(cadence("export", "network-json", "-o", json.toString()).status()).isZero();
    assertThat(cadence("export", "network-csv", "-o", csv.toString()).out())
        .isEqualTo("wrote " + csv + " and " + dir.resolve("contacts-touchpoints.csv") + "\n");

    for (List<String> files :
        List.of(
            List.of(json.toString()),
            List.of(csv.toString(), dir.resolve("contacts-touchpoints.csv").toString()))) {
      Path other = dir.resolve("other-" + files.size());
      List<String> args =
          new java.util.ArrayList<>(List.of("import", "--workspace", other.toString()));
      args.addAll(files);
      cadence("init", "--workspace", other.toString());
      assertThat(cadence(args.toArray(String[]::new)).status()).isZero();
      try (Workspace a = Workspace.sqlite(dir.resolve("ws/network.cadence")).open(NOW);
          Workspace b = Workspace.sqlite(other.resolve("network.cadence")).open(NOW)) {
        assertThat(b.contacts()).isEqualTo(a.contacts());
      }
    }
  }

  @Test
  void anExportMakesTheDirectoryOfItsFileAndNamesWhatItCannotWrite() throws IOException {
    cadence("init");
    cadence("import", linkedIn.toString());
    Path nested = dir.resolve("nightly/acme/network.csv");

    assertThat(cadence("export", "network-csv", "-o", nested.toString()).status()).isZero();
    assertThat(nested).exists();
    assertThat(nested.resolveSibling("network-touchpoints.csv")).exists();

    Path file = Files.writeString(dir.resolve("plain.txt"), "not a directory");
    Runs blocked = cadence("export", "json", "-o", file.resolve("queue.json").toString());
    assertThat(blocked.status()).isEqualTo(1);
    assertThat(blocked.err())
        .isEqualTo("cadence: " + file + ": exists already (a file where a directory is needed?)\n");
  }

  @Test
  void exportingTheQueueAsCsvGoesToStandardOutputByDefault() {
    cadence("init");
    cadence("import", linkedIn.toString());

    Runs run = cadence("export", "csv");

    assertThat(run.out()).startsWith("\uFEFFcontact_id,name,tier,due,score,").contains("ana-lopez");
    assertThat(cadence("export", "pdf").err()).contains("'pdf' is not a format");
  }

  @Test
  void aMissingFileIsNamedInOneLine() {
    cadence("init");
    Path missing = dir.resolve("nosuch.csv");

    Runs run = cadence("import", missing.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("cadence: no such file: " + missing + "\n");
  }
}

package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.importer;
import static io.github.cadence.io.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.history.MutableNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A calendar in Google Calendar's export layout ({@code calendar.ics}: its own VTIMEZONE, a weekly
 * event with a date struck out and one moved, an all-day event, an Outlook event in a Windows zone)
 * read with the contacts of {@code google.csv} as of 1 December 2026; the answer key is {@code
 * calendar.ics.expected}.
 */
class CalendarImportTest {

  @Test
  void eachPastOccurrenceWithAContactIsAMeetingAsTheAnswerKeySays() {
    ImportResult result = importer().read(List.of(source("google.csv"), source("calendar.ics")));

    assertThat(Fixtures.rows(result.touchpoints()))
        .containsExactlyElementsOf(Fixtures.answerKey("calendar.ics.expected"));
  }

  @Test
  void theReportCountsWhatWasLeftOutWhatIsToComeAndWhoIsNotAContact() {
    ImportResult result = importer().read(List.of(source("google.csv"), source("calendar.ics")));

    String name = Fixtures.file("calendar.ics").toString();
    assertThat(result.report().lines())
        .contains(
            "read " + name + ": iCalendar (.ics), 11 events",
            "took you to be dana.reyes@example.com, who is in 10 of the 11 events; if you are not,"
                + " say who you are with --me ADDRESS or me: in config.yaml",
            name + ": 11 touchpoints with 2 contacts, from 5 Oct 2026 to 30 Nov 2026",
            name
                + ": 2 upcoming meetings with 2 contacts in the next 90 days; rhythm follow-ups"
                + " wait for them",
            name
                + ": left out 3 events: 1 cancelled, 1 that you declined, 1 with more than 20"
                + " people",
            name
                + ": 3 events with nobody among the contacts; the people in them most often:"
                + " sam@lee.example (2) (add those you know with cadence contact add, or import a"
                + " contacts file that has them)");
  }

  @Test
  void theFirstMeetingToComeWithEachContactIsItsNextMeeting() {
    ImportResult result = importer().read(List.of(source("google.csv"), source("calendar.ics")));

    assertThat(result.contacts())
        .filteredOn(c -> c.nextMeeting().isPresent())
        .extracting(c -> c.id() + " " + c.nextMeeting().orElseThrow())
        .containsExactly("ken-ohara 2026-12-07T09:00:00Z", "maria-nunez 2026-12-03T11:00:00Z");
  }

  @Test
  void importingTheCalendarAndTheChatsAgainAddsNothing() {
    List<ImportSource> history =
        List.of(
            source("calendar.ics"),
            source("WhatsApp Chat with María Núñez.txt"),
            source("_chat.txt"));
    MutableNetwork network = new MutableNetwork();
    ImportResult first =
        importer()
            .read(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(source("google.csv")), history.stream())
                    .toList());
    first.contacts().forEach(network::add);
    network.recordAll(first.touchpoints());
    int before =
        network.contacts().stream().mapToInt(c -> network.touchpoints(c.id()).size()).sum();

    network.recordAll(importer().read(history, network.contacts()).touchpoints());

    assertThat(network.contacts().stream().mapToInt(c -> network.touchpoints(c.id()).size()).sum())
        .isEqualTo(before)
        .isEqualTo(18);
  }

  @Test
  void anEventInAZoneNobodyDefinesIsLeftOutAndNamedTheOthersCount() {
    ImportSource calendar =
        Fixtures.text(
            "odd.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:odd-1\r\nDTSTART;TZID=Mars/Olympus:20261105T100000\r\n"
                + "ATTENDEE:mailto:maria@nunez.dev\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:fine-1\r\nDTSTART:20261106T100000Z\r\n"
                + "ATTENDEE:mailto:maria@nunez.dev\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n");

    ImportResult result = importer().read(List.of(source("google.csv"), calendar));

    assertThat(result.touchpoints()).hasSize(1);
    assertThat(result.report().skipped())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith(
                        "odd.ics: left out 1 event: 1 that cannot be read (the first: event"
                            + " 'odd-1': "));
  }

  @Test
  void aCallThatIsACalendarMeetingCountsOnce() {
    String call =
        "  <call number=\"030 1234567\" duration=\"%d\" date=\"%d\" type=\"2\""
            + " contact_name=\"María Núñez\" />%n";
    ImportSource calls =
        Fixtures.text(
            "calls.xml",
            "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count=\"2\">\n"
                // At the coffee of 5 November (10:00 in Berlin), and two hours later.
                + String.format(
                    call, 1800, java.time.Instant.parse("2026-11-05T09:03:00Z").toEpochMilli())
                + String.format(
                    call, 300, java.time.Instant.parse("2026-11-05T11:00:00Z").toEpochMilli())
                + "</calls>\n");

    ImportResult result =
        importer().read(List.of(source("google.csv"), source("calendar.ics"), calls));

    assertThat(result.touchpoints())
        .filteredOn(t -> t.contactId().equals("maria-nunez"))
        .extracting(t -> t.channel() + " " + t.at())
        .containsExactly(
            "MEETING 2026-11-05T09:00:00Z",
            "CALL 2026-11-05T11:00:00Z",
            "MEETING 2026-11-19T08:00:00Z",
            "MEETING 2026-11-23T23:00:00Z");
    assertThat(result.report().notes())
        .contains(
            "1 call in the phone's log began within 10 minutes of a calendar meeting with the same"
                + " contact: each is that meeting, counted once");
  }

  @Test
  void aBrokenCalendarIsRefusedWithItsLine() {
    ImportSource broken =
        Fixtures.text(
            "broken.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2026-11-05\r\nEND:VEVENT\r\n");

    assertThatThrownBy(() -> importer().read(List.of(broken)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("broken.ics");
  }
}

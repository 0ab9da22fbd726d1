package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.plan.Agenda;
import io.github.cadence.plan.AgendaDay;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.plan.NetworkingEvent;
import io.github.cadence.plan.PlanSettings;
import io.github.cadence.plan.Planner;
import io.github.cadence.rule.Evaluation;
import io.github.cadence.rule.Rule;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agenda in a calendar, parsed back with ical4j, on a machine whose default zone is neither UTC
 * nor the user's: a writer or reader that used the default zone would be off by hours.
 */
class CalendarExportTest {
  static final Instant STAMP = Instant.parse("2026-12-01T08:00:00Z");
  private TimeZone machineZone;

  @BeforeEach
  void aMachineInLosAngeles() {
    machineZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
    ExportTest.planTheImportedNetwork();
  }

  @AfterEach
  void restoreTheZone() {
    TimeZone.setDefault(machineZone);
  }

  static String export(CalendarOptions export, Instant stamp) {
    StringWriter out = new StringWriter();
    AgendaExport.ics(ExportTest.agenda, export, stamp, out);
    return out.toString();
  }

  static List<VEvent> parse(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    return calendar.getComponents(VEvent.VEVENT);
  }

  static String text(net.fortuna.ical4j.model.Component component, String property) {
    return component.<Property>getProperty(property).orElseThrow().getValue();
  }

  @Test
  void everyPlannedDayIsOneTimeBlockAtNineInTheUsersZoneWithItsPeopleAndReasons() throws Exception {
    String ics = export(CalendarOptions.builder(BERLIN).build(), STAMP);
    List<VEvent> events = parse(ics);

    List<AgendaDay> planned =
        ExportTest.agenda.days().stream()
            .filter(d -> d.items().stream().anyMatch(i -> i instanceof AgendaItem.Touch))
            .toList();
    List<VEvent> blocks =
        events.stream().filter(e -> text(e, "UID").startsWith("cadence-block-")).toList();
    assertThat(blocks).hasSize(planned.size());
    for (int i = 0; i < planned.size(); i++) {
      AgendaDay day = planned.get(i);
      VEvent block = blocks.get(i);
      List<AgendaItem.Touch> touches =
          day.items().stream()
              .filter(AgendaItem.Touch.class::isInstance)
              .map(AgendaItem.Touch.class::cast)
              .toList();
      int minutes = touches.stream().mapToInt(AgendaItem::minutes).sum();
      Temporal start = block.getDateTimeStart().getDate();
      assertThat(Instant.from(start))
          .isEqualTo(day.date().atTime(LocalTime.of(9, 0)).atZone(BERLIN).toInstant());
      assertThat(text(block, "DTSTART")).endsWith("Z");
      assertThat(text(block, "UID"))
          .isEqualTo("cadence-block-" + day.date().toString().replace("-", "") + "@cadence.local");
      assertThat(text(block, "SUMMARY")).isEqualTo("Networking: " + minutes + " min");
      assertThat(text(block, "DURATION")).isEqualTo(Duration.ofMinutes(minutes).toString());
      assertThat(text(block, "DTSTAMP")).isEqualTo("20261201T080000Z");
      String description = text(block, "DESCRIPTION");
      for (AgendaItem.Touch t : touches) {
        assertThat(description).contains(t.contact().displayName());
        t.reasons().forEach(r -> assertThat(description).contains(r.text()));
      }
      assertThat(block.getAlarms()).isEmpty();
    }
  }

  @Test
  void aNetworkingEventIsAnAllDayEntryOfItsOwn() throws Exception {
    List<VEvent> events = parse(export(CalendarOptions.builder(BERLIN).build(), STAMP));

    VEvent event =
        events.stream()
            .filter(e -> text(e, "UID").startsWith("cadence-event-"))
            .findFirst()
            .orElseThrow();
    assertThat(text(event, "SUMMARY")).isEqualTo("Founders' breakfast, Berlin");
    assertThat(event.getDateTimeStart().getDate()).isEqualTo(ExportTest.TODAY.plusDays(2));
    assertThat(text(event, "UID"))
        .isEqualTo(
            "cadence-event-"
                + ExportTest.TODAY.plusDays(2).toString().replace("-", "")
                + "-founders-breakfast-berlin@cadence.local");
    assertThat(text(event, "DESCRIPTION")).startsWith("Networking event; plan 90 min");
  }

  @Test
  void reExportingKeepsEveryUidSoTheCalendarUpdatesTheSameEntries() throws Exception {
    CalendarOptions export = CalendarOptions.builder(BERLIN).build();
    List<String> first = parse(export(export, STAMP)).stream().map(e -> text(e, "UID")).toList();
    List<String> later =
        parse(export(export, STAMP.plusSeconds(86_400))).stream().map(e -> text(e, "UID")).toList();

    assertThat(later).isEqualTo(first).doesNotHaveDuplicates();
    assertThat(export(export, STAMP)).isEqualTo(export(export, STAMP));
  }

  @Test
  void anAlarmRemindsTheUserBeforeEachEntry() throws Exception {
    CalendarOptions export =
        CalendarOptions.builder(ZoneId.of("Asia/Kolkata"))
            .blockStart(LocalTime.of(8, 30))
            .alarm(Duration.ofMinutes(15))
            .domain("crm.example.com")
            .build();
    List<VEvent> events = parse(export(export, STAMP));

    assertThat(events).isNotEmpty();
    for (VEvent e : events) {
      assertThat(text(e, "UID")).endsWith("@crm.example.com");
      List<VAlarm> alarms = e.getAlarms();
      assertThat(alarms).hasSize(1);
      assertThat(text(alarms.get(0), "TRIGGER")).isEqualTo("-PT15M");
      assertThat(text(alarms.get(0), "ACTION")).isEqualTo("DISPLAY");
    }
    VEvent block =
        events.stream()
            .filter(e -> text(e, "UID").startsWith("cadence-block-"))
            .findFirst()
            .orElseThrow();
    LocalDate day =
        LocalDate.parse(
            text(block, "UID").substring(14, 22),
            java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    assertThat(Instant.from(block.getDateTimeStart().getDate()))
        .isEqualTo(day.atTime(8, 30).atZone(ZoneId.of("Asia/Kolkata")).toInstant());
  }

  @Test
  void settingsOutsideTheirRangeAreRefusedWithTheValue() {
    assertThatThrownBy(() -> CalendarOptions.builder(BERLIN).alarm(Duration.ZERO))
        .hasMessage("alarm must be positive and at most a week before, was PT0S");
    assertThatThrownBy(() -> CalendarOptions.builder(BERLIN).domain("a b"))
        .hasMessage("domain must be letters, digits, dots and hyphens, was 'a b'");
    assertThatThrownBy(() -> CalendarOptions.builder(null)).hasMessage("zone");
  }

  @Test
  void noTextCanAddAComponentOrAPropertyAndCollidingNamesKeepTheirOwnEntries() throws Exception {
    String injected = "call\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@example.com\r\nSUMMARY:x";
    Rule hostile =
        Rule.of(
            "hostile",
            (contact, history, asOf) ->
                Evaluation.of(Suggestion.followUp(asOf.minusSeconds(60), injected)));
    CadenceEngine engine =
        CadenceEngine.of(BuiltInRules.defaults().toBuilder().add(hostile).build());
    LocalDate day = ExportTest.TODAY.plusDays(1);
    PlanSettings settings =
        PlanSettings.builder()
            .zone(BERLIN)
            .dailyMinutes(30)
            .quotas()
            .event(new NetworkingEvent("BNI breakfast", day, 60))
            .event(new NetworkingEvent("BNI: breakfast!", day, 60))
            .event(new NetworkingEvent("BNI breakfast", day, 60))
            .eventDay(day)
            .build();
    Agenda agenda =
        Planner.of(settings)
            .plan(
                engine.queue(ExportTest.network, QueueRequest.asOf(Fixtures.NOW)),
                ExportTest.TODAY,
                3);
    StringWriter out = new StringWriter();
    AgendaExport.ics(agenda, CalendarOptions.builder(BERLIN).build(), STAMP, out);

    List<VEvent> events = parse(out.toString());
    long blocks =
        agenda.days().stream()
            .filter(d -> d.items().stream().anyMatch(AgendaItem.Touch.class::isInstance))
            .count();
    long entries = agenda.items().stream().filter(AgendaItem.Event.class::isInstance).count();
    assertThat(entries).as("the three events, whose names collide after slugging").isEqualTo(3);
    assertThat(events).hasSize((int) (blocks + entries));
    assertThat(events)
        .extracting(e -> text(e, "UID"))
        .doesNotHaveDuplicates()
        .doesNotContain("evil@example.com");
    assertThat(out.toString())
        .doesNotContain("\r\nUID:evil")
        .doesNotContain("\r\nBEGIN:VEVENT\r\nUID:evil");
  }
}

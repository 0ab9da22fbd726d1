package io.github.cadence.io;

import com.google.common.hash.Hashing;
import io.github.cadence.model.Texts;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;

/**
 * Reads a calendar export ({@code .ics}: Google Calendar's Takeout, Outlook, Apple) with ical4j,
 * which resolves its time zones (its own VTIMEZONE definitions, and Windows zone names such as "W.
 * Europe Standard Time") and expands recurring events (RRULE, RDATE, EXDATE). An occurrence moved
 * or changed on its own (a VEVENT with the same UID and a RECURRENCE-ID) replaces the one it names.
 * All-day and floating times are in the import's zone.
 *
 * <p>Each occurrence up to the as-of instant is a meeting with the people invited; those after it
 * are counted as upcoming. Left out, and counted: cancelled events, events the user declined,
 * events with more than {@value #MAX_ATTENDEES} people.
 */
final class Calendars {
  /** The most people an event may have to count as a meeting with each of them. */
  static final int MAX_ATTENDEES = 20;

  /** How far ahead upcoming meetings are looked for. */
  static final int UPCOMING_DAYS = 90;

  // Why an occurrence was left out, in the order the report gives them.
  static final Tally.Reason CANCELLED = new Tally.Reason(1, "cancelled", "cancelled");
  static final Tally.Reason DECLINED =
      new Tally.Reason(2, "that you declined", "that you declined");
  static final Tally.Reason CROWD =
      new Tally.Reason(3, "with more than 20 people", "with more than 20 people");
  static final Tally.Reason MALFORMED =
      new Tally.Reason(4, "that cannot be read", "that cannot be read");

  /**
   * One occurrence of an event, with its people.
   *
   * @param at when it starts
   * @param uid the event's UID
   * @param organizer the organizer's address, in lower case, or null
   * @param people the attendees' addresses, in lower case, each once
   * @param declined the attendees who declined
   * @param cancelled whether it is cancelled
   */
  record Occurrence(
      Instant at,
      String uid,
      @Nullable String organizer,
      List<String> people,
      Set<String> declined,
      boolean cancelled) {}

  /** What reading a calendar gives. */
  static final class Read {
    final String source;
    final List<Occurrence> occurrences = new ArrayList<>();
    final Tally.LeftOut skipped = new Tally.LeftOut();
    long events;

    Read(String source) {
      this.source = source;
    }
  }

  private Calendars() {}

  /** Whether a text's start is a calendar's. */
  static boolean starts(String head) {
    return head.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length());
  }

  /**
   * Reads the occurrences from the first event to {@link #UPCOMING_DAYS} days after {@code asOf}.
   *
   * @throws ImportException if it is not a calendar ical4j can read, with the line
   */
  static Read read(String source, Reader text, Instant asOf, ZoneId zone) {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(text);
    } catch (ParserException e) {
      // ical4j names the line of the fault.
      throw new ImportException(
          source,
          Math.max(e.getLineNo(), 0),
          null,
          null,
          "is not a calendar ical4j can read: " + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new ImportException(source, 0, null, null, "cannot be read: " + e, e);
    }
    Read read = new Read(source);
    Period<ZonedDateTime> window =
        new Period<>(
            ZonedDateTime.ofInstant(Instant.parse("1900-01-01T00:00:00Z"), ZoneOffset.UTC),
            ZonedDateTime.ofInstant(asOf, ZoneOffset.UTC).plusDays(UPCOMING_DAYS));
    Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
    for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
      String uid = text(event, Property.UID);
      byUid.computeIfAbsent(uid == null ? "" : uid, k -> new ArrayList<>()).add(event);
    }
    for (Map.Entry<String, List<VEvent>> e : byUid.entrySet()) {
      read.events++;
      try {
        read.occurrences.addAll(occurrences(e.getKey(), e.getValue(), window, zone));
      } catch (RuntimeException bad) {
        // An event ical4j cannot expand (a time zone nobody defines, a date that is not one) is
        // left out and counted, as a mail with a bad header is; the others still count.
        read.skipped.add(
            MALFORMED,
            "event "
                + Texts.quote(e.getKey())
                + ": "
                + Texts.clean(String.valueOf(bad.getMessage())));
      }
    }
    return read;
  }

  /** The occurrences of one event: its own, less those moved, and those moved where they went. */
  private static List<Occurrence> occurrences(
      String uid, List<VEvent> events, Period<ZonedDateTime> window, ZoneId zone) {
    Set<Instant> moved = new HashSet<>();
    for (VEvent event : events) {
      recurrenceId(event, zone).ifPresent(moved::add);
    }
    List<Occurrence> all = new ArrayList<>();
    for (VEvent event : events) {
      boolean override = recurrenceId(event, zone).isPresent();
      for (Period<Temporal> p : event.<Temporal>calculateRecurrenceSet(window)) {
        Instant at = instant(p.getStart(), zone);
        if (override || !moved.contains(at)) {
          all.add(occurrence(event, uid, at));
        }
      }
    }
    return all;
  }

  private static Occurrence occurrence(VEvent event, String uid, Instant at) {
    List<String> people = new ArrayList<>();
    Set<String> declined = new HashSet<>();
    for (Property attendee : event.<Property>getProperties(Property.ATTENDEE)) {
      String address = address(attendee.getValue());
      if (address == null || people.contains(address)) {
        continue;
      }
      people.add(address);
      Optional<Parameter> status = attendee.getParameter(Parameter.PARTSTAT);
      if (status.isPresent() && status.get().getValue().equalsIgnoreCase("DECLINED")) {
        declined.add(address);
      }
    }
    String organizer =
        event
            .<Property>getProperty(Property.ORGANIZER)
            .map(o -> address(o.getValue()))
            .orElse(null);
    String status = text(event, Property.STATUS);
    return new Occurrence(
        at,
        uid,
        organizer,
        List.copyOf(people),
        Set.copyOf(declined),
        status != null && status.equalsIgnoreCase("CANCELLED"));
  }

  /** "mailto:Ana@Example.com" is ana@example.com; null for what is not an address. */
  private static @Nullable String address(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
      v = v.substring(7);
    }
    return v.contains("@") ? v.toLowerCase(Locale.ROOT) : null;
  }

  private static @Nullable String text(VEvent event, String name) {
    return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
  }

  private static Optional<Instant> recurrenceId(VEvent event, ZoneId zone) {
    return event
        .<DateProperty<Temporal>>getProperty(Property.RECURRENCE_ID)
        .map(r -> instant(r.getDate(), zone));
  }

  /** An instant of a date or time: all-day and floating times in the user's zone. */
  static Instant instant(Temporal t, ZoneId zone) {
    if (t instanceof Instant i) {
      return i;
    }
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (t instanceof LocalDateTime l) {
      return l.atZone(zone).toInstant();
    }
    if (t instanceof LocalDate d) {
      return d.atStartOfDay(zone).toInstant();
    }
    throw new IllegalArgumentException("not a date or time: " + t);
  }

  /** A source key part for a UID: itself when short and plain, else its fingerprint. */
  static String key(String uid) {
    if (!uid.isEmpty() && uid.length() <= 200 && uid.chars().allMatch(c -> c > ' ' && c < 127)) {
      return uid;
    }
    return "sha256:" + Hashing.sha256().hashString(uid, StandardCharsets.UTF_8);
  }
}

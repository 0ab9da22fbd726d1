package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import io.github.cadence.model.Channel;
import io.github.cadence.model.Direction;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Texts;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns calendar occurrences ({@link Calendars}) into meetings with the contacts invited, matched
 * on their email addresses: each occurrence up to the import's instant is a meeting touchpoint per
 * contact (inbound when the contact organized it, outbound otherwise), connected. The user is who
 * {@link Me} says, else the address in the most events, and the report says so. An occurrence after
 * the import's instant is upcoming: the first with each contact becomes its {@linkplain
 * io.github.cadence.model.Contact#nextMeeting() next meeting}, which holds its rhythm; it becomes a
 * meeting when a later export is imported. The source key is the event's UID, the occurrence's
 * start and the contact's id, so an overlapping export adds nothing.
 */
final class Meetings {
  private final Me me;
  private final Instant asOf;
  private final ZoneId zone;

  Meetings(Me me, Instant asOf, ZoneId zone) {
    this.me = me;
    this.asOf = asOf;
    this.zone = zone;
  }

  void touchpoints(
      List<Calendars.Read> reads,
      List<Merger.Person> persons,
      List<String> skipped,
      List<String> notes) {
    if (reads.isEmpty()) {
      return;
    }
    Map<String, Merger.Person> byEmail = Merger.byHandle(persons, Handle.Kind.EMAIL);
    Set<String> mine = mine(reads, notes);
    for (Calendars.Read read : reads) {
      Tally tally = new Tally(read.source);
      Set<Merger.Person> upcoming = new LinkedHashSet<>();
      int upcomingMeetings = 0;
      for (Calendars.Occurrence o : read.occurrences) {
        if (o.cancelled()) {
          read.skipped.add(Calendars.CANCELLED);
          continue;
        }
        if (o.declined().stream().anyMatch(mine::contains)) {
          read.skipped.add(Calendars.DECLINED);
          continue;
        }
        Set<String> people = new LinkedHashSet<>(o.people());
        if (o.organizer() != null) {
          people.add(o.organizer());
        }
        if (people.size() > Calendars.MAX_ATTENDEES) {
          read.skipped.add(Calendars.CROWD);
          continue;
        }
        List<Merger.Person> involved = new ArrayList<>(1);
        for (String address : people) {
          if (mine.contains(address) || o.declined().contains(address)) {
            continue;
          }
          Merger.Person p = byEmail.get(address);
          if (p == null) {
            tally.stranger(address, null);
          } else if (!involved.contains(p)) {
            involved.add(p);
          }
        }
        if (o.at().isAfter(asOf)) {
          if (!involved.isEmpty()) {
            upcomingMeetings++;
            upcoming.addAll(involved);
          }
          for (Merger.Person p : involved) {
            if (p.nextMeeting == null || o.at().isBefore(p.nextMeeting)) {
              p.nextMeeting = o.at();
            }
          }
          continue;
        }
        if (involved.isEmpty()) {
          tally.unmatched();
        }
        for (Merger.Person p : involved) {
          tally.touched(p, touchpoint(p, o, byEmail));
        }
      }
      notes.add(tally.covered(zone));
      if (upcomingMeetings > 0) {
        notes.add(
            String.format(
                Locale.ROOT,
                "%s: %s with %s in the next %d days; rhythm follow-ups wait for them",
                read.source,
                Tally.count(upcomingMeetings, "upcoming meeting", "upcoming meetings"),
                Tally.count(upcoming.size(), "contact", "contacts"),
                Calendars.UPCOMING_DAYS));
      }
      read.skipped.report(read.source, "event", "events", skipped);
      tally.reportStrangers(
          "event",
          "events",
          "people",
          "add those you know with cadence contact add, or import a contacts file that has"
              + " them",
          (address, name) -> address,
          skipped);
    }
  }

  private static Touchpoint touchpoint(
      Merger.Person p, Calendars.Occurrence o, Map<String, Merger.Person> byEmail) {
    String id = requireNonNull(p.id);
    boolean theirs = o.organizer() != null && byEmail.get(o.organizer()) == p;
    return Touchpoint.builder(id, o.at())
        .channel(Channel.MEETING)
        .direction(theirs ? Direction.INBOUND : Direction.OUTBOUND)
        .outcome(Outcome.CONNECTED)
        .intent(Intent.NEUTRAL)
        .source("ics:" + Calendars.key(o.uid()) + ":" + o.at().getEpochSecond() + ":" + id)
        .build();
  }

  /** The user's addresses: those {@link Me} gives, else the address in the most events. */
  private Set<String> mine(List<Calendars.Read> reads, List<String> notes) {
    Set<String> mine = new LinkedHashSet<>();
    for (Handle h : me.handles(Handle.Kind.EMAIL)) {
      mine.add(h.value().toLowerCase(Locale.ROOT));
    }
    if (!mine.isEmpty()) {
      return mine;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Set<String> events = new LinkedHashSet<>();
    for (Calendars.Read read : reads) {
      for (Calendars.Occurrence o : read.occurrences) {
        if (!events.add(o.uid())) {
          continue;
        }
        Set<String> people = new LinkedHashSet<>(o.people());
        if (o.organizer() != null) {
          people.add(o.organizer());
        }
        people.forEach(a -> counts.merge(a, 1, Integer::sum));
      }
    }
    counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .filter(e -> e.getValue() > 1)
        .ifPresent(
            e -> {
              mine.add(e.getKey());
              notes.add(
                  String.format(
                      Locale.ROOT,
                      "took you to be %s, who is in %,d of the %s; if you are not, say who you"
                          + " are with --me ADDRESS or me: in config.yaml",
                      Texts.clean(e.getKey()),
                      e.getValue(),
                      Tally.count(events.size(), "event", "events")));
            });
    return mine;
  }
}

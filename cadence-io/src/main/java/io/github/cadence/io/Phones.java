package io.github.cadence.io;

import static java.util.Objects.requireNonNull;

import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Touchpoint;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a phone's calls and messages ({@link PhoneBackup}) into touchpoints, once the contacts are
 * known: each record with a contact's number (compared in E.164, with the import's region for
 * numbers written without a country code) is a touchpoint of that contact; the user's own numbers
 * ({@link Me}) are never a contact's. Its source key is the record's time, kind and number and the
 * contact's id, so importing the same backup, or a newer one that overlaps it, adds nothing.
 */
final class Phones {
  private final Me me;
  private final ZoneId zone;

  Phones(Me me, ZoneId zone) {
    this.me = me;
    this.zone = zone;
  }

  void touchpoints(
      List<PhoneBackup.Read> reads,
      List<Merger.Person> persons,
      Handles handles,
      List<String> skipped,
      List<String> notes) {
    if (reads.isEmpty()) {
      return;
    }
    Map<String, Merger.Person> byNumber = Merger.byHandle(persons, Handle.Kind.PHONE);
    Set<String> mine = new HashSet<>();
    for (Handle h : me.handles(Handle.Kind.PHONE)) {
      mine.add(handles.key(handles.phone(h.value())));
    }
    Map<String, String> keys = new HashMap<>();
    for (PhoneBackup.Read read : reads) {
      Tally tally = new Tally(read.source);
      for (PhoneBackup.Touch r : read.records) {
        List<Merger.Person> involved = new ArrayList<>(1);
        for (String number : r.numbers()) {
          String key = keys.computeIfAbsent(number, n -> handles.key(handles.phone(n)));
          if (mine.contains(key)) {
            continue;
          }
          Merger.Person p = byNumber.get(key);
          if (p == null) {
            tally.stranger(key.substring("phone ".length()), r.name());
          } else if (!involved.contains(p)) {
            involved.add(p);
          }
        }
        if (involved.isEmpty()) {
          tally.unmatched();
        }
        for (Merger.Person p : involved) {
          tally.touched(p, touchpoint(p, r));
        }
      }
      notes.add(tally.covered(zone));
      read.skipped.report(read.source, "record", "records", skipped);
      tally.reportStrangers(
          "call or message",
          "calls and messages",
          "numbers",
          "add those you know with cadence contact add --phone, or import your phone's"
              + " contacts",
          (number, name) -> {
            String clean = ImportedText.clean(name);
            return clean == null ? number : clean + " " + number;
          },
          skipped);
    }
  }

  private static Touchpoint touchpoint(Merger.Person p, PhoneBackup.Touch r) {
    String id = requireNonNull(p.id);
    return Touchpoint.builder(id, r.at())
        .channel(r.channel())
        .direction(r.direction())
        .outcome(r.outcome())
        .intent(Intent.NEUTRAL)
        .source(r.key() + ":" + id)
        .build();
  }
}

package io.github.cadence.rule.builtin;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Where a contact's rhythm is counted from: the latest of the last real conversation and the day
 * the user first met the contact; for a contact with neither, the day the contact entered the
 * network. A conversation older than the contact's record counts as any other (a lunch logged for a
 * contact added today, an old mail imported later), so the record's date anchors only a contact
 * never talked to nor met. Recording a touchpoint older than the last conversation never makes a
 * contact more overdue. A first meeting dated after the instant asked about has not happened yet
 * and counts from its day on: {@link #changesAt()} tells a rule until when its answer holds.
 */
record Anchor(Instant at, String lead, String tail, Instant asOf, ZoneId zone, Instant changesAt) {
  private static final String SINCE = ", no conversation since";

  static Anchor of(Contact contact, ContactHistory history, Instant asOf) {
    @Nullable Instant at = null;
    String lead = "";
    String tail = "";
    Instant changesAt = Instant.MAX;
    if (contact.firstMet().isPresent()) {
      Instant met = Dates.startOf(contact.firstMet().get().date(), contact.zone());
      if (met.isAfter(asOf)) {
        changesAt = met;
      } else {
        at = met;
        lead = Dates.meeting(contact.firstMet().get());
        tail = SINCE;
      }
    }
    if (history.lastConversation().isPresent()
        && (at == null || !history.lastConversation().get().isBefore(at))) {
      at = history.lastConversation().get();
      lead = "last real conversation";
      tail = "";
    }
    if (at == null) {
      at = contact.createdAt();
      lead = "added";
      tail = SINCE;
    }
    return new Anchor(at, lead, tail, asOf, contact.zone(), changesAt);
  }

  /** This anchor moved to a later broadcast that reached the contact. */
  Anchor broadcast(Instant broadcastAt) {
    return new Anchor(broadcastAt, "your last broadcast reached them", "", asOf, zone, changesAt);
  }

  /** The earlier of an instant and {@link #changesAt()}. */
  Instant changesBy(Instant other) {
    return other.isBefore(changesAt) ? other : changesAt;
  }

  /** What the anchor is, in words: "last real conversation 3 weeks ago". */
  String words() {
    // The lead may hold a place the user typed: it is text, never a template.
    return lead + " " + Dates.relative(at, asOf, zone) + tail;
  }
}

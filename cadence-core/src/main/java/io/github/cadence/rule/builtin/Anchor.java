package io.github.cadence.rule.builtin;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Where a contact's rhythm is counted from: the latest of the last real conversation, the day the
 * user first met the contact, and the day the contact entered the network. Taking the latest means
 * a newly imported contact is not overdue on day one, and recording an old touchpoint never makes a
 * contact more overdue. A first meeting dated after the instant asked about has not happened yet
 * and counts from its day on: {@link #changesAt()} tells a rule until when its answer holds.
 */
record Anchor(Instant at, String what, Instant asOf, ZoneId zone, Instant changesAt) {

  static Anchor of(Contact contact, ContactHistory history, Instant asOf) {
    Instant at = contact.createdAt();
    String what = "added %s, no conversation since";
    Instant changesAt = Instant.MAX;
    if (contact.firstMet().isPresent()) {
      Instant met = Dates.startOf(contact.firstMet().get().date(), contact.zone());
      if (met.isAfter(asOf)) {
        changesAt = met;
      } else if (met.isAfter(at)) {
        at = met;
        what = "met %s, no conversation since";
      }
    }
    if (history.lastConversation().isPresent() && !history.lastConversation().get().isBefore(at)) {
      at = history.lastConversation().get();
      what = "last real conversation %s";
    }
    return new Anchor(at, what, asOf, contact.zone(), changesAt);
  }

  /** The earlier of an instant and {@link #changesAt()}. */
  Instant changesBy(Instant other) {
    return other.isBefore(changesAt) ? other : changesAt;
  }

  /** What the anchor is, in words: "last real conversation 3 weeks ago". */
  String words() {
    return Dates.words(what, Dates.relative(at, asOf, zone));
  }
}

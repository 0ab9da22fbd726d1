package io.github.cadence.benchmarks;

import io.github.cadence.history.ContactHistory;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Suggestion;
import io.github.cadence.rule.Suggestion.FollowUp;
import io.github.cadence.rule.Suggestion.Hold;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A peer that keeps raw touchpoint lists and, for every question, evaluates every contact: its
 * summary rebuilt from its touchpoints, the rules run, their suggestions merged, then everything
 * sorted. Subclasses decide how the rules are run.
 */
abstract class RawPeer implements Peer {
  private final List<Contact> contacts;
  private final Map<String, List<Touchpoint>> touchpoints = new HashMap<>();

  RawPeer(GeneratedNetwork.Data data) {
    this.contacts = List.copyOf(data.contacts());
    data.touchpoints().forEach(this::record);
  }

  @Override
  public final void record(Touchpoint touchpoint) {
    touchpoints.computeIfAbsent(touchpoint.contactId(), id -> new ArrayList<>()).add(touchpoint);
  }

  /** What the rules say about one contact. */
  abstract List<Suggestion> suggestions(Contact contact, ContactHistory history, Instant asOf);

  @Override
  public final List<Ranked> top(int k, Instant asOf) {
    List<Ranked> all = new ArrayList<>(contacts.size());
    for (Contact contact : contacts) {
      ContactHistory history = ContactHistory.empty();
      for (Touchpoint t : touchpoints.getOrDefault(contact.id(), List.of())) {
        if (!t.at().isAfter(asOf)) {
          history = history.plus(t);
        }
      }
      rank(contact, suggestions(contact, history, asOf), asOf).ifPresent(all::add);
    }
    all.sort(Ranked.ORDER);
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }

  /**
   * Merges one contact's suggestions as Cadence documents it: the longest hold (or a pause) pushes
   * every follow-up to its end at least; the contact is due at its earliest follow-up and scores as
   * its best one.
   */
  static Optional<Ranked> rank(Contact contact, List<Suggestion> said, Instant asOf) {
    if (contact.status() instanceof ContactStatus.Archived) {
      return Optional.empty();
    }
    Instant holdUntil = Instant.MIN;
    if (contact.status() instanceof ContactStatus.Paused paused) {
      holdUntil = paused.firstDayBack().atStartOfDay(contact.zone()).toInstant();
    }
    for (Suggestion s : said) {
      if (s instanceof Hold h && h.until().isAfter(holdUntil)) {
        holdUntil = h.until();
      }
    }
    Instant due = Instant.MAX;
    double score = Double.NEGATIVE_INFINITY;
    boolean any = false;
    for (Suggestion s : said) {
      if (s instanceof FollowUp f) {
        Instant effective = f.due().isAfter(holdUntil) ? f.due() : holdUntil;
        double fScore =
            effective.isAfter(asOf)
                ? f.weight() * -(Duration.between(asOf, effective).toMillis() / 86_400_000.0)
                : f.score(asOf);
        due = effective.isBefore(due) ? effective : due;
        score = Math.max(score, fScore);
        any = true;
      }
    }
    return any ? Optional.of(new Ranked(contact.id(), due, score)) : Optional.empty();
  }
}

package io.github.cadence.history;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The user's network: contacts, their touchpoints and each contact's {@link ContactHistory}, kept
 * in memory.
 *
 * <p>Every change is all or nothing: a contact or touchpoint that is rejected (unknown contact,
 * duplicate id) leaves the network exactly as it was, and {@link #recordAll(Collection)} checks
 * every touchpoint before recording any.
 *
 * <p>Recording a touchpoint updates the contact's summary in constant time. The raw touchpoints are
 * kept as well, for {@link #touchpoints(String)} and for the rare question about a time earlier
 * than some recorded touchpoint (see {@link #history(String, Instant)}), packed into eight bytes
 * each (plus the note, if any): no object is kept per touchpoint.
 *
 * <p>Not thread-safe: confine a network to one thread, or guard it with a lock.
 */
public final class Network {
  private final IdTable<Entry> entries = new IdTable<>(e -> e.contact.id());

  /**
   * A contact with its summary and raw touchpoints; it is its own touchpoint store, which saves an
   * object per contact.
   */
  private static final class Entry extends PackedTouchpoints {
    Contact contact;
    ContactHistory history = ContactHistory.empty();

    Entry(Contact contact) {
      this.contact = contact;
    }
  }

  /** Creates an empty network. */
  public Network() {}

  /**
   * A copy of this network that can change without changing this one: for what-if simulations such
   * as a forecast.
   *
   * @return the copy
   */
  public Network copy() {
    Network copy = new Network();
    entries.forEach(
        e -> {
          Entry c = new Entry(e.contact);
          c.history = e.history;
          e.copyTo(c);
          copy.entries.add(c);
        });
    return copy;
  }

  /**
   * Adds a contact.
   *
   * @param contact the contact; its id must be new to this network
   * @return this network
   * @throws IllegalArgumentException if a contact with the same id exists
   */
  public Network add(Contact contact) {
    requireNonNull(contact, "contact");
    checkArgument(
        entries.get(contact.id()) == null,
        "contact.id '%s' is already in the network; use update to change a contact",
        contact.id());
    entries.add(new Entry(contact));
    return this;
  }

  /**
   * Replaces a contact with a changed copy of it, keeping its history.
   *
   * @param contact the new version; a contact with its id must exist
   * @return this network
   * @throws IllegalArgumentException if no contact has this id
   */
  public Network update(Contact contact) {
    requireNonNull(contact, "contact");
    entryOf(contact.id(), "contact.id").contact = contact;
    return this;
  }

  /**
   * Removes a contact and all its touchpoints. Unlike the other changes, this takes time in
   * proportion to the network's size (the order of the contacts closes the gap).
   *
   * @param contactId the contact's id
   * @return true if the contact was in the network
   */
  public boolean remove(String contactId) {
    requireNonNull(contactId, "contactId");
    return entries.remove(contactId);
  }

  /**
   * Records a touchpoint with a contact of this network.
   *
   * @param touchpoint the touchpoint; it may be older than those already recorded
   * @return this network
   * @throws IllegalArgumentException if its contact is not in the network; nothing is recorded
   */
  public Network record(Touchpoint touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    Entry entry = entryOf(touchpoint.contactId(), "touchpoint.contactId");
    ContactHistory updated = entry.history.plus(touchpoint);
    entry.add(touchpoint);
    entry.history = updated;
    return this;
  }

  /**
   * Records touchpoints, all or none: every touchpoint is checked before any is recorded.
   *
   * @param touchpoints the touchpoints, in any order
   * @return this network
   * @throws IllegalArgumentException if any touchpoint's contact is not in the network; nothing is
   *     recorded then
   */
  public Network recordAll(Collection<Touchpoint> touchpoints) {
    requireNonNull(touchpoints, "touchpoints");
    List<Touchpoint> batch = ImmutableList.copyOf(touchpoints);
    List<Entry> targets = new ArrayList<>(batch.size());
    IdentityHashMap<Entry, ContactHistory> updated = new IdentityHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      Touchpoint t = batch.get(i);
      Entry entry = entryOf(t.contactId(), "touchpoints[" + i + "].contactId");
      targets.add(entry);
      updated.put(entry, updated.getOrDefault(entry, entry.history).plus(t));
    }
    // Each array grows once, by what the batch brings it: the new summary's count less the old's.
    updated.forEach((entry, history) -> entry.reserve(history.touches() - entry.history.touches()));
    for (int i = 0; i < batch.size(); i++) {
      targets.get(i).add(batch.get(i));
    }
    updated.forEach((entry, history) -> entry.history = history);
    return this;
  }

  /**
   * Whether a contact with this id is in the network.
   *
   * @param contactId the id
   * @return true if it is
   */
  public boolean contains(String contactId) {
    return entries.get(requireNonNull(contactId, "contactId")) != null;
  }

  /**
   * Looks a contact up by id.
   *
   * @param contactId the id
   * @return the contact, or empty if there is none with this id
   */
  public Optional<Contact> contact(String contactId) {
    Entry entry = entries.get(requireNonNull(contactId, "contactId"));
    return entry == null ? Optional.empty() : Optional.of(entry.contact);
  }

  /**
   * All contacts, in the order they were added.
   *
   * @return an unmodifiable snapshot
   */
  public List<Contact> contacts() {
    List<Contact> all = new ArrayList<>(entries.size());
    entries.forEach(e -> all.add(e.contact));
    return Collections.unmodifiableList(all);
  }

  /**
   * How many contacts the network holds.
   *
   * @return the count
   */
  public int size() {
    return entries.size();
  }

  /**
   * The summary of every touchpoint recorded for a contact, future-dated ones included.
   *
   * @param contactId the contact's id
   * @return the summary
   * @throws IllegalArgumentException if no contact has this id
   */
  public ContactHistory history(String contactId) {
    requireNonNull(contactId, "contactId");
    return entryOf(contactId, "contactId").history;
  }

  /**
   * The summary of a contact's touchpoints up to and including an instant: a touchpoint dated after
   * {@code asOf} (a meeting booked for next week, an import with a wrong clock) does not count as
   * past. When nothing recorded is later than {@code asOf}, as is usual when asking about now, this
   * is the stored summary; otherwise the summary is rebuilt from this contact's touchpoints.
   *
   * @param contactId the contact's id
   * @param asOf the instant
   * @return the summary as of that instant
   * @throws IllegalArgumentException if no contact has this id
   */
  public ContactHistory history(String contactId, Instant asOf) {
    requireNonNull(contactId, "contactId");
    requireNonNull(asOf, "asOf");
    Entry entry = entryOf(contactId, "contactId");
    if (entry.history.isSettledAt(asOf)) {
      return entry.history;
    }
    long millis = asOf.toEpochMilli();
    PackedTouchpoints touchpoints = entry;
    ContactHistory history = ContactHistory.empty();
    for (int i = 0; i < touchpoints.size(); i++) {
      if (touchpoints.millis(i) <= millis) {
        history = history.plus(touchpoints.get(contactId, i));
      }
    }
    return history;
  }

  /**
   * The first touchpoint of a contact dated after an instant: when its history as of a later time
   * will differ from its history as of {@code asOf}.
   *
   * @param contactId the contact's id
   * @param asOf the instant
   * @return the instant of the earliest touchpoint after {@code asOf}, or empty if there is none
   * @throws IllegalArgumentException if no contact has this id
   */
  public Optional<Instant> nextTouchAfter(String contactId, Instant asOf) {
    requireNonNull(contactId, "contactId");
    requireNonNull(asOf, "asOf");
    Entry entry = entryOf(contactId, "contactId");
    if (entry.history.isSettledAt(asOf)) {
      return Optional.empty();
    }
    long millis = asOf.toEpochMilli();
    long next = Long.MAX_VALUE;
    PackedTouchpoints touchpoints = entry;
    for (int i = 0; i < touchpoints.size(); i++) {
      long at = touchpoints.millis(i);
      if (at > millis && at < next) {
        next = at;
      }
    }
    return Optional.of(Instant.ofEpochMilli(next));
  }

  /**
   * A contact's touchpoints, oldest first (ties in the order they were recorded).
   *
   * @param contactId the contact's id
   * @return an unmodifiable snapshot
   * @throws IllegalArgumentException if no contact has this id
   */
  public List<Touchpoint> touchpoints(String contactId) {
    requireNonNull(contactId, "contactId");
    return Collections.unmodifiableList(entryOf(contactId, "contactId").toList(contactId));
  }

  private Entry entryOf(String contactId, String field) {
    Entry entry = entries.get(contactId);
    checkArgument(entry != null, "%s '%s' is not a contact of this network", field, contactId);
    return entry;
  }
}

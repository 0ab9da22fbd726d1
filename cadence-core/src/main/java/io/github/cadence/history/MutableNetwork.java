package io.github.cadence.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import io.github.cadence.internal.Checks;
import io.github.cadence.internal.RuleScope;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A network that can change: contacts, their touchpoints and each contact's {@link ContactHistory},
 * kept in memory. Build one, then read it as a {@link Network} (the engine, the planner and a
 * forecast take it so), or hand it to a {@code QueueIndex}, which then owns it: from then on it
 * changes through the index alone (see {@link #handOver()}).
 *
 * <p>Every change is all or nothing: a contact or touchpoint that is rejected (unknown contact,
 * duplicate id) leaves the network exactly as it was, and {@link #recordAll(Collection)} checks
 * every touchpoint before recording any. Recording the same touchpoint again changes nothing: one
 * with a {@linkplain Touchpoint#source() source key} the network has already recorded, or one at
 * the same instant, on the same channel, in the same direction and with the same outcome as one of
 * its contact's touchpoints.
 *
 * <p>Ids are compared in Unicode normalization form C, as {@link Contact} and {@link Touchpoint}
 * keep them: a lookup by an id typed in another form finds the contact.
 *
 * <p>Recording a touchpoint updates the contact's summary in constant time. The raw touchpoints are
 * kept as well, for {@link #touchpoints(String)} and for the rare question about a time earlier
 * than some recorded touchpoint (see {@link #history(String, Instant)}), packed into eight bytes
 * each (plus the note, if any): no object is kept per touchpoint.
 *
 * <p>Not thread-safe: confine a network to one thread, or guard it with a lock (a {@code
 * QueueIndex} does). A thread that is running a rule, or wording a rule's reason, cannot change any
 * network: a rule must not record touchpoints or change contacts while it is evaluated.
 */
@API(status = STABLE, since = "0.1")
public final class MutableNetwork implements Network {
  private IdTable<Entry> entries = new IdTable<>(e -> e.contact.id());

  /** Which contact each recorded source key belongs to. */
  private Map<String, String> sources = new HashMap<>();

  private long version;

  /** Set once this network's contents moved to another (see {@link #handOver()}). */
  private boolean handedOver;

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
  public MutableNetwork() {}

  /**
   * A copy of a network that can change without changing it: for what-if simulations such as a
   * forecast.
   *
   * @param network the network to copy, or a view of one
   * @return the copy
   */
  public static MutableNetwork copyOf(Network network) {
    MutableNetwork source = backing(requireNonNull(network, "network"));
    source.checkHeld();
    MutableNetwork copy = new MutableNetwork();
    copy.sources.putAll(source.sources);
    source.entries.forEach(
        e -> {
          Entry c = new Entry(e.contact);
          c.history = e.history;
          e.copyTo(c);
          copy.entries.add(c);
        });
    return copy;
  }

  private static MutableNetwork backing(Network network) {
    return network instanceof NetworkView view ? view.network() : (MutableNetwork) network;
  }

  /**
   * Moves everything this network holds into a new network, without copying, and retires this one:
   * every later call on it, to read or to change, throws {@link IllegalStateException}. This is how
   * an owner such as a {@code QueueIndex} makes sure that nobody else can change what it keeps.
   *
   * @return the network that now holds the contents
   * @throws IllegalStateException if this network was handed over already
   */
  public MutableNetwork handOver() {
    checkHeld();
    MutableNetwork taker = new MutableNetwork();
    taker.entries = entries;
    taker.sources = sources;
    taker.version = version;
    entries = new IdTable<>(e -> e.contact.id());
    sources = Map.of();
    handedOver = true;
    return taker;
  }

  /**
   * A read-only view of this network: it shows every later change, and cannot be turned back into
   * this network to change it.
   *
   * @return the view
   */
  public Network view() {
    return new NetworkView(this);
  }

  private void checkHeld() {
    checkState(
        !handedOver,
        "this network was handed over (to a QueueIndex, say), which owns it now: read and change"
            + " it through its owner");
  }

  /**
   * Adds a contact.
   *
   * @param contact the contact; its id must be new to this network
   * @return this network
   * @throws IllegalArgumentException if a contact with the same id exists
   */
  public MutableNetwork add(Contact contact) {
    requireNonNull(contact, "contact");
    checkWritable();
    checkArgument(
        entries.get(contact.id()) == null,
        "contact.id %s is already in the network; use update to change a contact",
        Checks.quote(contact.id()));
    entries.add(new Entry(contact));
    version++;
    return this;
  }

  /**
   * Replaces a contact with a changed copy of it, keeping its history.
   *
   * @param contact the new version; a contact with its id must exist
   * @return this network
   * @throws IllegalArgumentException if no contact has this id
   */
  public MutableNetwork update(Contact contact) {
    requireNonNull(contact, "contact");
    checkWritable();
    entryOf(contact.id(), "contact.id").contact = contact;
    version++;
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
    checkWritable();
    Entry entry = entries.get(Checks.normalize(contactId));
    if (entry == null) {
      return false;
    }
    entry.sources().forEach(sources::remove);
    entries.remove(entry.contact.id());
    version++;
    return true;
  }

  /**
   * Records a touchpoint with a contact of this network, unless it is recorded already (see the
   * class comment).
   *
   * @param touchpoint the touchpoint; it may be older than those already recorded
   * @return this network
   * @throws IllegalArgumentException if its contact is not in the network, or its source key is
   *     recorded for another contact; nothing is recorded then
   */
  public MutableNetwork record(Touchpoint touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return recordAll(List.of(touchpoint));
  }

  /**
   * Records touchpoints, all or none: every touchpoint is checked before any is recorded. Those
   * recorded already, before or earlier in the batch, are left out (see the class comment).
   *
   * @param touchpoints the touchpoints, in any order
   * @return this network
   * @throws IllegalArgumentException if any touchpoint's contact is not in the network, or its
   *     source key is recorded (before or earlier in the batch) for another contact; nothing is
   *     recorded then
   */
  public MutableNetwork recordAll(Collection<Touchpoint> touchpoints) {
    requireNonNull(touchpoints, "touchpoints");
    checkWritable();
    List<Touchpoint> batch = ImmutableList.copyOf(touchpoints);
    boolean one = batch.size() == 1;
    List<Entry> targets = new ArrayList<>(batch.size());
    boolean[] fresh = new boolean[batch.size()];
    Map<String, String> batchSources = new HashMap<>(0);
    int touched = Math.min(batch.size(), entries.size());
    IdentityHashMap<Entry, Integer> sizeBefore = new IdentityHashMap<>(touched);
    IdentityHashMap<Entry, Integer> freshPerEntry = new IdentityHashMap<>(touched);
    for (int i = 0; i < batch.size(); i++) {
      Touchpoint t = batch.get(i);
      Entry entry = entries.get(t.contactId()); // a touchpoint's id is normalized already
      if (entry == null) {
        throw notAContact(t.contactId(), one ? "touchpoint.contactId" : field(i, "contactId"));
      }
      targets.add(entry);
      sizeBefore.putIfAbsent(entry, entry.size());
      String key = t.source().orElse(null);
      if (key != null) {
        String owner = sources.getOrDefault(key, batchSources.putIfAbsent(key, t.contactId()));
        // The message is made only on failure: a large batch checks a million keys.
        if (owner != null && !owner.equals(t.contactId())) {
          throw new IllegalArgumentException(
              String.format(
                  "%s %s is recorded for contact %s already, not for %s",
                  one ? "touchpoint.source" : field(i, "source"),
                  Checks.quote(key),
                  Checks.quote(owner),
                  Checks.quote(t.contactId())));
        }
      }
      fresh[i] = (key == null || !sources.containsKey(key)) && !entry.holdsSameTouch(t, 0);
      if (fresh[i]) {
        freshPerEntry.merge(entry, 1, Integer::sum);
      }
    }
    // Each array grows once, by what the batch brings it.
    freshPerEntry.forEach(PackedTouchpoints::reserve);
    for (int i = 0; i < batch.size(); i++) {
      Touchpoint t = batch.get(i);
      Entry entry = targets.get(i);
      // Fresh to the network; recorded unless the batch brought the same touch before it.
      boolean again =
          t.source().isPresent()
              ? sources.containsKey(t.source().get())
              : entry.holdsSameTouch(t, sizeBefore.getOrDefault(entry, 0));
      if (fresh[i] && !again) {
        entry.add(t);
        entry.history = entry.history.plus(t);
        t.source().ifPresent(key -> sources.put(key, t.contactId()));
      }
    }
    version++;
    return this;
  }

  private static String field(int index, String name) {
    return "touchpoints[" + index + "]." + name;
  }

  @Override
  public long version() {
    checkHeld();
    return version;
  }

  private void checkWritable() {
    checkHeld();
    checkState(
        !RuleScope.isActive(),
        "the network is read-only while it is evaluated: a rule must not record touchpoints or"
            + " add, update or remove contacts");
  }

  @Override
  public boolean contains(String contactId) {
    checkHeld();
    return entries.get(Checks.normalize(requireNonNull(contactId, "contactId"))) != null;
  }

  @Override
  public Optional<Contact> contact(String contactId) {
    checkHeld();
    Entry entry = entries.get(Checks.normalize(requireNonNull(contactId, "contactId")));
    return entry == null ? Optional.empty() : Optional.of(entry.contact);
  }

  @Override
  public List<Contact> contacts() {
    checkHeld();
    List<Contact> all = new ArrayList<>(entries.size());
    entries.forEach(e -> all.add(e.contact));
    return Collections.unmodifiableList(all);
  }

  @Override
  public int size() {
    checkHeld();
    return entries.size();
  }

  @Override
  public ContactHistory history(String contactId) {
    checkHeld();
    requireNonNull(contactId, "contactId");
    return entryOf(contactId, "contactId").history;
  }

  @Override
  public ContactHistory history(String contactId, Instant asOf) {
    checkHeld();
    requireNonNull(contactId, "contactId");
    requireNonNull(asOf, "asOf");
    return historyOf(entryOf(contactId, "contactId"), asOf);
  }

  @Override
  public List<ContactHistory> histories(Instant asOf) {
    checkHeld();
    requireNonNull(asOf, "asOf");
    List<ContactHistory> all = new ArrayList<>(entries.size());
    entries.forEach(e -> all.add(historyOf(e, asOf)));
    return Collections.unmodifiableList(all);
  }

  private static ContactHistory historyOf(Entry entry, Instant asOf) {
    if (entry.history.isSettledAt(asOf)) {
      return entry.history;
    }
    long millis = asOf.toEpochMilli();
    PackedTouchpoints touchpoints = entry;
    ContactHistory history = ContactHistory.empty();
    for (int i = 0; i < touchpoints.size(); i++) {
      if (touchpoints.millis(i) <= millis) {
        history = history.plus(touchpoints.get(entry.contact.id(), i));
      }
    }
    return history;
  }

  @Override
  public Optional<Instant> nextTouchAfter(String contactId, Instant asOf) {
    checkHeld();
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

  @Override
  public List<Touchpoint> touchpoints(String contactId) {
    checkHeld();
    requireNonNull(contactId, "contactId");
    Entry entry = entryOf(contactId, "contactId");
    return Collections.unmodifiableList(entry.toList(entry.contact.id()));
  }

  private Entry entryOf(String contactId, String field) {
    Entry entry = entries.get(Checks.normalize(contactId));
    if (entry == null) {
      throw notAContact(contactId, field);
    }
    return entry;
  }

  /** The message is made only on failure: rules ask for histories on every evaluation. */
  private static IllegalArgumentException notAContact(String contactId, String field) {
    return new IllegalArgumentException(
        field + " " + Checks.quote(contactId) + " is not a contact of this network");
  }
}

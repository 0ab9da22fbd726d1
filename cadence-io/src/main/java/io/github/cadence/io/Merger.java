package io.github.cadence.io;

import io.github.cadence.model.Contact;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Touchpoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds one person in several records. A record joins the contact it shares a key with, trying the
 * keys from the surest to the least sure: a profile page, an email address, a phone number, then
 * name and company. Where a key matches two or more contacts, the record joins the one that has
 * every key of the record (the same record imported before), or else stays apart and is reported.
 *
 * <p>Records in Cadence's own layout carry their contact's id and join the contact with that id.
 */
final class Merger {
  private static final List<String> LEVELS = List.of("profile ", "email ", "phone ", "name ");

  /** A contact being assembled from the records that describe it. */
  static final class Person {
    @Nullable Contact base;

    /** The contact as the network has it, or null for a new one. */
    final @Nullable Contact original;

    final boolean existing;
    @Nullable String id;
    String name;
    final Map<String, Handle> handles = new LinkedHashMap<>();
    @Nullable String organization;
    @Nullable LocalDate connectedOn;

    /** The birthday and other dates the records give, one per kind and label, first kept. */
    final List<Occasion> occasions = new ArrayList<>();

    @Nullable String note;
    final Set<String> tags = new TreeSet<>();
    final Set<String> keys = new LinkedHashSet<>();
    final List<String> places = new ArrayList<>();
    final List<String> mergeKeys = new ArrayList<>();

    /** The touchpoints read for this contact, from messages or rows of touchpoints. */
    final List<Touchpoint> touches = new ArrayList<>();

    /** The start of the next meeting a calendar plans with this contact, if any. */
    @Nullable Instant nextMeeting;

    @Nullable PersonRecord firstRecord;

    Person(@Nullable Contact base, boolean existing, String name) {
      this.base = base;
      this.original = existing ? base : null;
      this.existing = existing;
      this.id = base == null ? null : base.id();
      this.name = name;
    }

    /** Whether the import made this contact of two or more records. */
    boolean merged() {
      return places.size() > 1;
    }
  }

  /**
   * The persons by the handles of one kind they hold: an email address in lower case, a phone
   * number or profile page by its key ({@link Handles#key}); the first person with a handle keeps
   * it.
   */
  static Map<String, Person> byHandle(List<Person> persons, Handle.Kind kind) {
    Map<String, Person> by = new HashMap<>();
    for (Person p : persons) {
      p.handles.forEach(
          (key, h) -> {
            if (h.kind() == kind) {
              by.putIfAbsent(
                  kind == Handle.Kind.EMAIL ? h.value().toLowerCase(java.util.Locale.ROOT) : key,
                  p);
            }
          });
    }
    return by;
  }

  private final Handles handles;
  private final List<Person> persons = new ArrayList<>();
  private final Map<String, List<Person>> byKey = new HashMap<>();
  private final Map<String, Person> byId = new HashMap<>();
  private final List<Unresolved> ambiguities = new ArrayList<>();

  /** A record kept apart, and the contacts it matched (whose ids may not be assigned yet). */
  private record Unresolved(PersonRecord record, String key, List<Person> candidates) {}

  Merger(Handles handles) {
    this.handles = handles;
  }

  List<Person> persons() {
    return persons;
  }

  /** The records kept apart; call once every person has an id. */
  List<MergeReport.Ambiguity> ambiguities() {
    return ambiguities.stream()
        .map(
            u ->
                new MergeReport.Ambiguity(
                    u.record().place(),
                    u.record().name(),
                    u.key(),
                    u.candidates().stream().map(p -> String.valueOf(p.id)).toList()))
        .toList();
  }

  /** Takes a contact the network has, so that records of the same person join it. */
  void addExisting(Contact contact) {
    Person p = new Person(contact, true, contact.displayName());
    p.places.add("network");
    persons.add(p);
    byId.put(contact.id(), p);
    index(p, keys(contact.displayName(), contact.organization().orElse(null), contact.handles()));
    contact.handles().forEach(h -> p.handles.putIfAbsent(handles.key(h), h));
  }

  void add(PersonRecord record) {
    List<String> recordKeys = keys(record.name(), record.organization(), record.handles());
    Contact own = record.contact();
    if (own != null) {
      Person p = byId.get(own.id());
      if (p == null) {
        p = create(record);
        p.base = own;
        p.id = own.id();
        byId.put(own.id(), p);
      } else {
        join(p, record, "id " + own.id());
        // The row of Cadence's own layout holds the whole contact: it replaces what was known.
        p.base = own;
        p.name = own.displayName();
      }
      index(p, recordKeys);
      return;
    }
    for (String level : LEVELS) {
      Set<Person> candidates = new LinkedHashSet<>();
      String matched = null;
      for (String key : recordKeys) {
        if (key.startsWith(level)) {
          List<Person> found = byKey.get(key);
          if (found != null) {
            candidates.addAll(found);
            if (matched == null) {
              matched = key;
            }
          }
        }
      }
      if (candidates.isEmpty() || matched == null) {
        continue;
      }
      Person target =
          candidates.size() == 1
              ? candidates.iterator().next()
              : sameRecord(candidates, recordKeys);
      if (target == null) {
        ambiguities.add(new Unresolved(record, matched, List.copyOf(candidates)));
        index(create(record), recordKeys);
        return;
      }
      join(target, record, matched);
      index(target, recordKeys);
      return;
    }
    index(create(record), recordKeys);
  }

  /** The one candidate that has every key of the record, if there is exactly one. */
  private static @Nullable Person sameRecord(Set<Person> candidates, List<String> recordKeys) {
    Person only = null;
    for (Person p : candidates) {
      if (p.keys.containsAll(recordKeys)) {
        if (only != null) {
          return null;
        }
        only = p;
      }
    }
    return only;
  }

  private Person create(PersonRecord record) {
    Person p = new Person(null, false, record.name());
    persons.add(p);
    p.firstRecord = record;
    absorb(p, record);
    p.places.add(record.place());
    return p;
  }

  private void join(Person p, PersonRecord record, String key) {
    absorb(p, record);
    p.places.add(record.place());
    p.mergeKeys.add(key);
    if (p.firstRecord == null) {
      p.firstRecord = record;
    }
  }

  private void absorb(Person p, PersonRecord r) {
    r.handles().forEach(h -> p.handles.putIfAbsent(handles.key(h), h));
    if (p.organization == null) {
      p.organization = r.organization();
    }
    LocalDate connected = r.connectedOn();
    if (connected != null && (p.connectedOn == null || connected.isBefore(p.connectedOn))) {
      p.connectedOn = connected;
    }
    for (Occasion o : r.occasions()) {
      if (p.occasions.stream().noneMatch(had -> sameOccasion(had, o))) {
        p.occasions.add(o);
      }
    }
    if (p.note == null) {
      p.note = r.note();
    }
    p.tags.addAll(r.tags());
  }

  private void index(Person p, List<String> keys) {
    for (String key : keys) {
      if (p.keys.add(key)) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
      }
    }
  }

  /**
   * A record's keys, each once, in the order of the handles: linear in the handles (a set, not a
   * search of the list). The name is a key only with a company: a name alone never merges two
   * records, so two different "John Smith" cards stay two contacts.
   */
  private List<String> keys(String name, @Nullable String organization, List<Handle> found) {
    Set<String> keys = new LinkedHashSet<>(found.size() * 2 + 2);
    for (Handle h : found) {
      keys.add(handles.key(h));
    }
    String company = organization == null ? "" : ImportedText.fold(organization);
    if (!company.isBlank()) {
      keys.add("name and company " + ImportedText.fold(name) + "|" + company);
    }
    return new ArrayList<>(keys);
  }

  /** The contact a person becomes; null details of the base are filled, nothing is overwritten. */
  static Contact.Builder fill(Contact.Builder b, Contact base, Person p, Handles handles) {
    Set<String> have = new LinkedHashSet<>();
    base.handles().forEach(h -> have.add(handles.key(h)));
    p.handles.forEach(
        (key, h) -> {
          if (have.add(key)) {
            b.handles(h);
          }
        });
    if (base.organization().isEmpty() && p.organization != null) {
      b.organization(p.organization);
    }
    if (base.firstMet().isEmpty() && p.connectedOn != null) {
      b.firstMet(io.github.cadence.model.FirstMeeting.at(p.connectedOn, "LinkedIn"));
    }
    for (Occasion o : p.occasions) {
      if (base.occasions().stream().noneMatch(had -> sameOccasion(had, o))) {
        b.occasions(o);
      }
    }
    if (base.note().isEmpty() && p.note != null) {
      b.note(p.note);
    }
    Set<String> tags = new TreeSet<>(p.tags);
    tags.removeAll(base.tags());
    b.tags(tags.toArray(String[]::new));
    return b;
  }

  /**
   * Whether two occasions are the same date to remember: a contact has one birthday, and one date
   * of any other kind and label.
   */
  static boolean sameOccasion(Occasion a, Occasion b) {
    return a.kind() == b.kind()
        && (a.kind() == Occasion.Kind.BIRTHDAY || a.label().equalsIgnoreCase(b.label()));
  }
}

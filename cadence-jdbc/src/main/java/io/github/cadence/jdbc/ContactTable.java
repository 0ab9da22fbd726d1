package io.github.cadence.jdbc;

import static io.github.cadence.jdbc.Rows.batch;
import static io.github.cadence.jdbc.Rows.row;
import static io.github.cadence.jdbc.Rows.stored;
import static io.github.cadence.jdbc.Rows.storedNote;

import com.google.common.base.Splitter;
import io.github.cadence.model.Codes;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Role;
import io.github.cadence.model.Tier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contacts and their tiers (tables {@code tier}, {@code contact}, {@code contact_tag}, {@code
 * contact_occasion}, {@code contact_handle}, {@code removed_contact}): each row keeps the change
 * number that last wrote it, which a refresh reads and a conflicting write is refused by.
 */
final class ContactTable {
  private static final Splitter SPLIT = Splitter.on(',').omitEmptyStrings();

  static void saveTiers(Connection c, Collection<Tier> tiers, long change) throws SQLException {
    if (tiers.isEmpty()) {
      return; // a change without any prepares no statement for them (a record has none)
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO tier (name, cadence, weight, seq) VALUES (?, ?, ?, ?) ON CONFLICT (name)"
                + " DO UPDATE SET cadence = excluded.cadence, weight = excluded.weight,"
                + " seq = excluded.seq")) {
      for (Tier t : tiers) {
        p.setString(1, t.name());
        p.setString(2, t.cadence().toString());
        p.setDouble(3, t.weight());
        p.setLong(4, change);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Marks the contacts of a tier changed, so that a refresh elsewhere reloads them. */
  static void touchContactsOf(Connection c, String tier, long change) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("UPDATE contact SET seq = ? WHERE tier = ?")) {
      p.setLong(1, change);
      p.setString(2, tier);
      p.executeUpdate();
    }
  }

  static Map<String, Tier> tiers(Connection c) throws SQLException {
    Map<String, Tier> tiers = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT name, cadence, weight FROM tier ORDER BY name")) {
      while (r.next()) {
        String name = r.getString(1);
        tiers.put(
            name,
            row("tier", name, () -> new Tier(name, Period.parse(r.getString(2)), r.getDouble(3))));
      }
    }
    return tiers;
  }

  // ---- contacts

  static void insertContacts(Connection c, Collection<Contact> contacts, long change)
      throws SQLException {
    if (contacts.isEmpty()) {
      return;
    }
    writeContacts(
        c,
        "INSERT INTO contact (display_name, tier, roles, first_met, first_met_where, zone, status,"
            + " paused_until, created_at, organization, snoozed_until, next_meeting, note, seq, id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        contacts,
        change);
    insertDetails(c, contacts);
  }

  static void updateContacts(Connection c, Collection<Contact> contacts, long change)
      throws SQLException {
    if (contacts.isEmpty()) {
      return;
    }
    writeContacts(
        c,
        "UPDATE contact SET display_name = ?, tier = ?, roles = ?, first_met = ?,"
            + " first_met_where = ?, zone = ?, status = ?, paused_until = ?, created_at = ?,"
            + " organization = ?, snoozed_until = ?, next_meeting = ?, note = ?, seq = ?"
            + " WHERE id = ?",
        contacts,
        change);
    for (String table : List.of("contact_tag", "contact_occasion", "contact_handle")) {
      try (PreparedStatement p =
          c.prepareStatement("DELETE FROM " + table + " WHERE contact_id = ?")) {
        batch(p, contacts, (s, contact) -> s.setString(1, contact.id()));
      }
    }
    insertDetails(c, contacts);
  }

  /** Runs an insert or update whose parameters are a contact's columns, the id last. */
  private static void writeContacts(
      Connection c, String sql, Collection<Contact> contacts, long change) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      batch(p, contacts, (s, contact) -> bindContact(s, contact, change));
    }
  }

  private static void bindContact(PreparedStatement p, Contact contact, long change)
      throws SQLException {
    p.setString(1, contact.displayName());
    p.setString(2, contact.tier().name());
    p.setString(3, contact.roles().stream().map(Codes::name).collect(Collectors.joining(",")));
    p.setString(4, contact.firstMet().map(m -> m.date().toString()).orElse(null));
    p.setString(5, contact.firstMet().flatMap(FirstMeeting::where).orElse(null));
    p.setString(6, contact.zone().getId());
    ContactStatus status = contact.status();
    p.setString(7, statusName(status));
    p.setString(
        8, status instanceof ContactStatus.Paused paused ? paused.firstDayBack().toString() : null);
    p.setString(9, contact.createdAt().toString());
    p.setString(10, contact.organization().orElse(null));
    p.setString(11, contact.snoozedUntil().map(LocalDate::toString).orElse(null));
    p.setString(12, contact.nextMeeting().map(Instant::toString).orElse(null));
    p.setString(13, contact.note().orElse(null));
    p.setLong(14, change);
    p.setString(15, contact.id());
  }

  private static String statusName(ContactStatus status) {
    // "active", "archived", "unmapped", "paused": as every codec spells a status.
    return status instanceof ContactStatus.Paused ? "paused" : status.toString();
  }

  /** A tag, an occasion or a handle of a contact, at its place in the contact's list. */
  private record Owned<T>(String contactId, int position, T value) {}

  private static <T> List<Owned<T>> owned(
      Collection<Contact> contacts, Function<Contact, Collection<T>> values) {
    List<Owned<T>> all = new ArrayList<>();
    for (Contact contact : contacts) {
      int position = 0;
      for (T value : values.apply(contact)) {
        all.add(new Owned<>(contact.id(), position++, value));
      }
    }
    return all;
  }

  private static void insertDetails(Connection c, Collection<Contact> contacts)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO contact_tag (contact_id, tag) VALUES (?, ?)")) {
      batch(
          p,
          owned(contacts, Contact::tags),
          (s, tag) -> {
            s.setString(1, tag.contactId());
            s.setString(2, tag.value());
          });
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO contact_occasion"
                + " (contact_id, position, kind, label, month, day, year, date_rule)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      batch(
          p,
          owned(contacts, Contact::occasions),
          (s, owned) -> {
            Occasion o = owned.value();
            s.setString(1, owned.contactId());
            s.setInt(2, owned.position());
            s.setString(3, Codes.name(o.kind()));
            s.setString(4, o.label());
            s.setInt(5, o.day().getMonthValue());
            s.setInt(6, o.day().getDayOfMonth());
            if (o.year().isPresent()) {
              s.setInt(7, o.year().getAsInt());
            } else {
              s.setNull(7, Types.INTEGER);
            }
            if (o.date().isFloating() || o.since().isPresent()) {
              s.setString(8, o.date().toString());
            } else {
              s.setNull(8, Types.VARCHAR);
            }
          });
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO contact_handle (contact_id, position, kind, value) VALUES (?, ?, ?, ?)")) {
      batch(
          p,
          owned(contacts, Contact::handles),
          (s, owned) -> {
            s.setString(1, owned.contactId());
            s.setInt(2, owned.position());
            s.setString(3, Codes.name(owned.value().kind()));
            s.setString(4, owned.value().value());
          });
    }
  }

  static void deleteContact(Connection c, String id, long change) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
      p.setString(1, id);
      p.executeUpdate();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO removed_contact (contact_id, seq) VALUES (?, ?) ON CONFLICT (contact_id)"
                + " DO UPDATE SET seq = excluded.seq")) {
      p.setString(1, id);
      p.setLong(2, change);
      p.executeUpdate();
    }
  }

  private static final String CONTACTS =
      "SELECT id, display_name, tier, roles, first_met, first_met_where, zone, status,"
          + " paused_until, created_at, organization, snoozed_until, next_meeting, note FROM contact";

  static List<Contact> contacts(Connection c, Map<String, Tier> tiers, long after)
      throws SQLException {
    Map<String, List<String>> tags =
        details(c, "tag FROM contact_tag", after, "tag of contact", r -> r.getString(2));
    Map<String, List<Occasion>> occasions =
        details(
            c,
            "kind, label, month, day, year, date_rule FROM contact_occasion",
            after,
            "occasion of contact",
            ContactTable::occasion);
    Map<String, List<Handle>> handles =
        details(
            c,
            "kind, value FROM contact_handle",
            after,
            "handle of contact",
            r -> new Handle(Codes.parse(Handle.Kind.class, r.getString(2)), r.getString(3)));
    List<Contact> contacts = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(CONTACTS + " WHERE seq > ? ORDER BY id")) {
      p.setLong(1, after);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          contacts.add(
              row(
                  "contact",
                  id,
                  () ->
                      contact(
                          r,
                          tiers,
                          tags.getOrDefault(id, List.of()),
                          occasions.getOrDefault(id, List.of()),
                          handles.getOrDefault(id, List.of()))));
        }
      }
    }
    return contacts;
  }

  private static Contact contact(
      ResultSet r,
      Map<String, Tier> tiers,
      List<String> tags,
      List<Occasion> occasions,
      List<Handle> handles)
      throws SQLException {
    String tierName = r.getString(3);
    Tier tier = tiers.get(tierName);
    if (tier == null) {
      throw new IllegalArgumentException("tier '" + tierName + "' is not in the tier table");
    }
    Contact.Builder b =
        Contact.builder(r.getString(1), Instant.parse(r.getString(10)))
            .displayName(stored(r.getString(2), r.getString(1)))
            .tier(tier)
            .roles(
                SPLIT
                    .splitToStream(r.getString(4))
                    .map(v -> Codes.parse(Role.class, v))
                    .toArray(Role[]::new))
            .tags(tags.toArray(String[]::new))
            .zone(ZoneId.of(r.getString(7)))
            .occasions(occasions.toArray(Occasion[]::new))
            .handles(handles.toArray(Handle[]::new));
    String organization = r.getString(11);
    if (organization != null && !stored(organization, "").isBlank()) {
      b.organization(stored(organization, ""));
    }
    String snoozedUntil = r.getString(12);
    if (snoozedUntil != null) {
      b.snoozedUntil(LocalDate.parse(snoozedUntil));
    }
    String nextMeeting = r.getString(13);
    if (nextMeeting != null) {
      b.nextMeeting(Instant.parse(nextMeeting));
    }
    String note = r.getString(14);
    if (note != null && !storedNote(note).isBlank()) {
      b.note(storedNote(note));
    }
    String firstMet = r.getString(5);
    if (firstMet != null) {
      String where = r.getString(6) == null ? null : stored(r.getString(6), "where");
      LocalDate date = LocalDate.parse(firstMet);
      b.firstMet(where == null ? FirstMeeting.on(date) : FirstMeeting.at(date, where));
    }
    String status = r.getString(8).toLowerCase(Locale.ROOT); // as written before 0.1 too: ACTIVE
    switch (status) {
      case "active" -> b.status(ContactStatus.active());
      case "archived" -> b.status(ContactStatus.archived());
      case "unmapped" -> b.status(ContactStatus.unmapped());
      case "paused" ->
          b.status(
              ContactStatus.pausedUntil(
                  LocalDate.parse(Objects.requireNonNull(r.getString(9), "paused_until"))));
      default -> throw new IllegalArgumentException("unknown status '" + status + "'");
    }
    return b.build();
  }

  /** What a value of a contact's details is made of: the row after its contact_id column. */
  private interface DetailReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /**
   * A detail table (tags, occasions or handles) by contact id, in each contact's order: every row
   * when loading everything ({@code after} negative), else those of the contacts changed since.
   */
  private static <T> Map<String, List<T>> details(
      Connection c, String columnsFromTable, long after, String what, DetailReader<T> reader)
      throws SQLException {
    Map<String, List<T>> details = new HashMap<>();
    String changed = after < 0 ? "" : " WHERE contact_id IN (SELECT id FROM contact WHERE seq > ?)";
    String order = columnsFromTable.endsWith("contact_tag") ? "" : " ORDER BY contact_id, position";
    try (PreparedStatement p =
        c.prepareStatement("SELECT contact_id, " + columnsFromTable + changed + order)) {
      if (after >= 0) {
        p.setLong(1, after);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          details
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(row(what, id, () -> reader.read(r)));
        }
      }
    }
    return details;
  }

  private static Occasion occasion(ResultSet r) throws SQLException {
    Occasion.Kind kind = Codes.parse(Occasion.Kind.class, r.getString(2));
    String label = stored(r.getString(3), "occasion");
    String rule = r.getString(7);
    if (rule != null) {
      return Occasion.of(kind, label, DateRule.parse(rule));
    }
    MonthDay day = MonthDay.of(r.getInt(4), r.getInt(5));
    int year = r.getInt(6);
    if (!r.wasNull()) {
      return Occasion.once(label, day.atYear(year));
    }
    return switch (kind) {
      case BIRTHDAY -> Occasion.birthday(day);
      case ANNIVERSARY -> Occasion.anniversary(label, day);
      case CUSTOM -> Occasion.yearly(label, day);
    };
  }

  static List<String> removedContacts(Connection c, long after) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT contact_id FROM removed_contact WHERE seq > ? ORDER BY seq, contact_id")) {
      p.setLong(1, after);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    return ids;
  }

  /**
   * Refuses to write over a contact that another instance changed or removed since this one last
   * saw it: its row's change number is later than what this instance has seen and is not one of
   * this instance's own writes.
   *
   * @param seen the latest change number the instance has seen
   * @param own the change number of each contact this instance wrote after falling behind
   */
  static void checkUnchanged(
      Connection c, Collection<Contact> contacts, long seen, Map<String, Long> own)
      throws SQLException {
    if (contacts.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement("SELECT seq FROM contact WHERE id = ?")) {
      for (Contact contact : contacts) {
        p.setString(1, contact.id());
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            throw new StaleContactException(
                "another workspace instance removed contact '" + contact.id() + "' meanwhile");
          }
          long seq = r.getLong(1);
          if (seq > seen && !Long.valueOf(seq).equals(own.get(contact.id()))) {
            throw new StaleContactException(
                "another workspace instance changed contact '" + contact.id() + "' meanwhile");
          }
        }
      }
    }
  }

  /** A contact changed or removed by another instance since this one last saw it. */
  static final class StaleContactException extends SQLException {
    private static final long serialVersionUID = 1L;

    StaleContactException(String message) {
      super(message);
    }
  }

  private ContactTable() {}
}

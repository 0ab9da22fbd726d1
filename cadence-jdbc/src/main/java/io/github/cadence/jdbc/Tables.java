package io.github.cadence.jdbc;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.base.Throwables;
import io.github.cadence.model.Channel;
import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.Direction;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Intent;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Role;
import io.github.cadence.model.Texts;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.Category;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.plan.PlanMemory.PlannedTouch;
import io.github.cadence.plan.Span;
import io.github.cadence.tracking.Goal;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's tables (see {@code migration/V1__workspace.sql}): the statements that write a
 * change and read everything back. The same SQL on SQLite and PostgreSQL.
 */
final class Tables {
  private static final Joiner COMMA = Joiner.on(',');
  private static final Splitter SPLIT = Splitter.on(',').omitEmptyStrings();

  /**
   * The codes of a touchpoint's channel, direction, outcome and intent: a value's place in its
   * list, as the tables {@code channel}, {@code direction}, {@code outcome} and {@code intent} of
   * the schema name them. Never reorder; append a new value, with a migration that names it.
   */
  static final List<Channel> CHANNELS =
      List.of(
          Channel.CALL,
          Channel.EMAIL,
          Channel.MESSAGE,
          Channel.MEETING,
          Channel.EVENT,
          Channel.SOCIAL,
          Channel.GIFT,
          Channel.NOTE);

  static final List<Direction> DIRECTIONS = List.of(Direction.OUTBOUND, Direction.INBOUND);
  static final List<Outcome> OUTCOMES =
      List.of(
          Outcome.CONNECTED,
          Outcome.REPLIED,
          Outcome.SENT,
          Outcome.LEFT_MESSAGE,
          Outcome.NO_RESPONSE);
  static final List<Intent> INTENTS = List.of(Intent.GIVE, Intent.ASK, Intent.NEUTRAL);

  /** Rows per JDBC batch: large enough to save round trips, small enough to bound memory. */
  private static final int BATCH = 1_000;

  private Tables() {}

  /** Everything a workspace holds, read in one snapshot. */
  record Snapshot(
      long change,
      Map<String, Tier> tiers,
      List<Contact> contacts,
      List<Touchpoint> touchpoints,
      PlanMemory plan,
      List<Goal> goals,
      Optional<String> settings) {}

  /** The changes committed after a change number, read in one snapshot. */
  record Changes(
      long change,
      Map<String, Tier> tiers,
      List<String> removed,
      List<Contact> contacts,
      List<Touchpoint> touchpoints,
      PlanMemory plan,
      List<Goal> goals,
      Optional<String> settings) {}

  // ---- change numbers

  /** Takes the next change number; on PostgreSQL this also locks out other writers until commit. */
  static long nextChange(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE workspace_change SET seq = seq + 1 WHERE id = 1");
    }
    return change(c);
  }

  static long change(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT seq FROM workspace_change WHERE id = 1")) {
      if (!r.next()) {
        throw new SQLException("the workspace_change table has no row");
      }
      return r.getLong(1);
    }
  }

  // ---- tiers

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
            + " paused_until, created_at, organization, snoozed_until, seq, id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            + " organization = ?, snoozed_until = ?, seq = ? WHERE id = ?",
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
    p.setString(3, COMMA.join(contact.roles()));
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
    p.setLong(12, change);
    p.setString(13, contact.id());
  }

  private static String statusName(ContactStatus status) {
    if (status instanceof ContactStatus.Paused) {
      return "PAUSED";
    }
    // "ACTIVE", "ARCHIVED", "UNMAPPED": the status's own name.
    return status.toString().toUpperCase(Locale.ROOT);
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
            "INSERT INTO contact_occasion (contact_id, position, kind, label, month, day, year)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      batch(
          p,
          owned(contacts, Contact::occasions),
          (s, owned) -> {
            Occasion o = owned.value();
            s.setString(1, owned.contactId());
            s.setInt(2, owned.position());
            s.setString(3, o.kind().name());
            s.setString(4, o.label());
            s.setInt(5, o.day().getMonthValue());
            s.setInt(6, o.day().getDayOfMonth());
            if (o.year().isPresent()) {
              s.setInt(7, o.year().getAsInt());
            } else {
              s.setNull(7, Types.INTEGER);
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
            s.setString(3, owned.value().kind().name());
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

  /**
   * A text as the model accepts it: one that a version before 0.1 stored with control characters
   * (the model refuses them now) is cleaned as an import would clean it, in memory only, so that
   * the workspace still opens; the row is rewritten when the contact next changes.
   */
  private static String stored(String value, String ifBlank) {
    if (Texts.firstControl(value, false) < 0) {
      return value;
    }
    String cleaned = Texts.clean(value).strip();
    return cleaned.isEmpty() ? ifBlank : cleaned;
  }

  /** A note as {@link #stored}, keeping its line breaks. */
  static String storedNote(String note) {
    if (Texts.firstControl(note, true) < 0) {
      return note;
    }
    List<String> lines = new ArrayList<>();
    for (String line : note.replace("\r\n", "\n").split("\n", -1)) {
      lines.add(Texts.clean(line));
    }
    String cleaned = String.join("\n", lines);
    return cleaned.isBlank() ? "(note)" : cleaned;
  }

  private static final String CONTACTS =
      "SELECT id, display_name, tier, roles, first_met, first_met_where, zone, status,"
          + " paused_until, created_at, organization, snoozed_until FROM contact";

  static List<Contact> contacts(Connection c, Map<String, Tier> tiers, long after)
      throws SQLException {
    Map<String, List<String>> tags =
        details(c, "tag FROM contact_tag", after, "tag of contact", r -> r.getString(2));
    Map<String, List<Occasion>> occasions =
        details(
            c,
            "kind, label, month, day, year FROM contact_occasion",
            after,
            "occasion of contact",
            Tables::occasion);
    Map<String, List<Handle>> handles =
        details(
            c,
            "kind, value FROM contact_handle",
            after,
            "handle of contact",
            r -> new Handle(Handle.Kind.valueOf(r.getString(2)), r.getString(3)));
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
            .roles(SPLIT.splitToStream(r.getString(4)).map(Role::valueOf).toArray(Role[]::new))
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
    String firstMet = r.getString(5);
    if (firstMet != null) {
      String where = r.getString(6) == null ? null : stored(r.getString(6), "where");
      LocalDate date = LocalDate.parse(firstMet);
      b.firstMet(where == null ? FirstMeeting.on(date) : FirstMeeting.at(date, where));
    }
    String status = r.getString(8);
    switch (status) {
      case "ACTIVE" -> b.status(ContactStatus.active());
      case "ARCHIVED" -> b.status(ContactStatus.archived());
      case "UNMAPPED" -> b.status(ContactStatus.unmapped());
      case "PAUSED" ->
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
    Occasion.Kind kind = Occasion.Kind.valueOf(r.getString(2));
    String label = stored(r.getString(3), "occasion");
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

  // ---- touchpoints

  /**
   * Inserts touchpoints, leaving out those the workspace holds already (the same touch, or the same
   * source key), as the network does.
   *
   * @return how many were inserted: counted by their change number, since a driver may report a
   *     batch's counts as unknown (PostgreSQL's {@code reWriteBatchedInserts} does)
   */
  static int insertTouchpoints(Connection c, Collection<Touchpoint> touchpoints, long change)
      throws SQLException {
    if (touchpoints.isEmpty()) {
      return 0;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO touchpoint (contact_id, at_ms, channel, direction, outcome, intent,"
                + " note, source, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      batch(
          p,
          touchpoints,
          (s, t) -> {
            s.setString(1, t.contactId());
            s.setLong(2, t.at().toEpochMilli());
            s.setInt(3, CHANNELS.indexOf(t.channel()));
            s.setInt(4, DIRECTIONS.indexOf(t.direction()));
            s.setInt(5, OUTCOMES.indexOf(t.outcome()));
            s.setInt(6, INTENTS.indexOf(t.intent()));
            s.setString(7, t.note().orElse(""));
            s.setString(8, t.source().orElse(null));
            s.setLong(9, change);
          });
    }
    try (PreparedStatement p =
        c.prepareStatement("SELECT COUNT(*) FROM touchpoint WHERE seq = ?")) {
      p.setLong(1, change);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /**
   * Reads the touchpoints recorded after a change number. Reading the rows and making touchpoints
   * of them overlap: this thread reads, another makes each chunk's touchpoints meanwhile, which on
   * two cores takes most of the model's checks off the time it takes to open a large workspace.
   */
  static List<Touchpoint> touchpoints(Connection c, long after) throws SQLException {
    ExecutorService maker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "cadence-touchpoint-reader");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<Touchpoint>>> chunks = new ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT contact_id, at_ms, channel, direction, outcome, intent, note, source"
                  + " FROM touchpoint WHERE seq > ?")) {
        p.setLong(1, after);
        p.setFetchSize(BATCH);
        try (ResultSet r = p.executeQuery()) {
          TouchpointRows rows = new TouchpointRows();
          while (r.next()) {
            rows.add(r);
            if (rows.size == TouchpointRows.CHUNK) {
              chunks.add(maker.submit(rows::touchpoints));
              rows = new TouchpointRows();
            }
          }
          chunks.add(maker.submit(rows::touchpoints));
        }
      }
      List<Touchpoint> all = new ArrayList<>(chunks.size() * TouchpointRows.CHUNK);
      for (Future<List<Touchpoint>> chunk : chunks) {
        all.addAll(made(chunk));
      }
      return all;
    } finally {
      maker.shutdownNow();
    }
  }

  private static List<Touchpoint> made(Future<List<Touchpoint>> chunk) throws SQLException {
    try {
      return chunk.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      Throwables.throwIfInstanceOf(cause, SQLException.class);
      Throwables.throwIfUnchecked(cause);
      throw new SQLException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while reading touchpoints", e);
    }
  }

  /** Touchpoint rows as read, to be made touchpoints on another thread. */
  private static final class TouchpointRows {
    static final int CHUNK = 8_192;
    final String[] contactIds = new String[CHUNK];
    final long[] at = new long[CHUNK];
    final int[] channels = new int[CHUNK];
    final int[] directions = new int[CHUNK];
    final int[] outcomes = new int[CHUNK];
    final int[] intents = new int[CHUNK];
    final String[] notes = new String[CHUNK];
    final @Nullable String[] sources = new String[CHUNK];
    int size;

    void add(ResultSet r) throws SQLException {
      contactIds[size] = r.getString(1);
      at[size] = r.getLong(2);
      channels[size] = r.getInt(3);
      directions[size] = r.getInt(4);
      outcomes[size] = r.getInt(5);
      intents[size] = r.getInt(6);
      notes[size] = r.getString(7);
      sources[size] = r.getString(8);
      size++;
    }

    List<Touchpoint> touchpoints() throws SQLException {
      List<Touchpoint> made = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        int row = i;
        made.add(row("touchpoint of contact", contactIds[i], () -> touchpoint(row)));
      }
      return made;
    }

    private Touchpoint touchpoint(int i) {
      Touchpoint.Builder b =
          Touchpoint.builder(contactIds[i], Instant.ofEpochMilli(at[i]))
              .channel(coded(CHANNELS, channels[i], "channel"))
              .direction(coded(DIRECTIONS, directions[i], "direction"))
              .outcome(coded(OUTCOMES, outcomes[i], "outcome"))
              .intent(coded(INTENTS, intents[i], "intent"));
      if (!notes[i].isBlank()) {
        b.note(storedNote(notes[i]));
      }
      String source = sources[i];
      if (source != null) {
        b.source(source);
      }
      return b.build();
    }

    private static <E> E coded(List<E> values, int code, String column) {
      if (code < 0 || code >= values.size()) {
        throw new IllegalArgumentException(
            "column " + column + " has code " + code + ", not one of 0 to " + (values.size() - 1));
      }
      return values.get(code);
    }
  }

  // ---- plan memory

  /** Writes what changed from one plan memory to the next. */
  static void savePlan(Connection c, PlanMemory before, PlanMemory after) throws SQLException {
    Set<PlannedTouch> was = new HashSet<>(before.planned());
    Set<PlannedTouch> is = new HashSet<>(after.planned());
    try (PreparedStatement p =
        c.prepareStatement(
            "DELETE FROM planned_touch WHERE contact_id = ? AND day = ? AND category = ?")) {
      batch(p, before.planned().stream().filter(t -> !is.contains(t)).toList(), Tables::bind);
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO planned_touch (contact_id, day, category) VALUES (?, ?, ?)")) {
      batch(p, after.planned().stream().filter(t -> !was.contains(t)).toList(), Tables::bind);
    }
  }

  private static void bind(PreparedStatement p, PlannedTouch t) throws SQLException {
    p.setString(1, t.contactId());
    p.setString(2, t.date().toString());
    p.setString(3, t.category().name());
  }

  static PlanMemory plan(Connection c) throws SQLException {
    List<PlannedTouch> planned = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT contact_id, day, category FROM planned_touch ORDER BY day, contact_id,"
                    + " category")) {
      while (r.next()) {
        String id = r.getString(1);
        planned.add(
            row(
                "planned touch of contact",
                id,
                () ->
                    new PlannedTouch(
                        id, LocalDate.parse(r.getString(2)), Category.valueOf(r.getString(3)))));
      }
    }
    return new PlanMemory(planned);
  }

  // ---- goals and settings

  static void saveGoals(Connection c, List<Goal> goals) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM goal");
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO goal (position, kind, target, span, role) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < goals.size(); i++) {
        Goal g = goals.get(i);
        p.setInt(1, i);
        p.setString(2, g.kind().name());
        p.setInt(3, g.target());
        p.setString(4, g.span().name());
        p.setString(5, g.role().map(Role::name).orElse(null));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  static List<Goal> goals(Connection c) throws SQLException {
    List<Goal> goals = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT position, kind, target, span, role FROM goal ORDER BY position")) {
      while (r.next()) {
        goals.add(row("goal", r.getString(1), () -> goal(r)));
      }
    }
    return goals;
  }

  private static Goal goal(ResultSet r) throws SQLException {
    int target = r.getInt(3);
    Span span = Span.valueOf(r.getString(4));
    String role = r.getString(5);
    return switch (Goal.Kind.valueOf(r.getString(2))) {
      case TOUCHES ->
          role == null
              ? Goal.touches(target, span)
              : Goal.touches(Role.valueOf(role), target, span);
      case REACTIVATED_CLIENTS -> Goal.reactivatedClients(target, span);
      case EVENTS -> Goal.events(target, span);
      case NEW_CONTACTS -> Goal.newContacts(target, span);
    };
  }

  static void saveSettings(Connection c, String document) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO settings (id, version, document) VALUES (1, ?, ?) ON CONFLICT (id)"
                + " DO UPDATE SET version = excluded.version, document = excluded.document")) {
      p.setInt(1, SettingsDocument.VERSION);
      p.setString(2, document);
      p.executeUpdate();
    }
  }

  static Optional<String> settings(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT document FROM settings WHERE id = 1")) {
      return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
    }
  }

  // ---- whole snapshots

  static Snapshot snapshot(Connection c) throws SQLException {
    long change = change(c);
    Map<String, Tier> tiers = tiers(c);
    return new Snapshot(
        change, tiers, contacts(c, tiers, -1), touchpoints(c, -1), plan(c), goals(c), settings(c));
  }

  static Changes changesAfter(Connection c, long after) throws SQLException {
    long change = change(c);
    Map<String, Tier> tiers = tiers(c);
    return new Changes(
        change,
        tiers,
        removedContacts(c, after),
        contacts(c, tiers, after),
        touchpoints(c, after),
        plan(c),
        goals(c),
        settings(c));
  }

  // ---- helpers

  @FunctionalInterface
  private interface Binder<T> {
    void bind(PreparedStatement p, T value) throws SQLException;
  }

  private static <T> void batch(PreparedStatement p, Collection<T> values, Binder<T> binder)
      throws SQLException {
    int pending = 0;
    for (T value : values) {
      binder.bind(p, value);
      p.addBatch();
      if (++pending == BATCH) {
        p.executeBatch();
        pending = 0;
      }
    }
    if (pending > 0) {
      p.executeBatch();
    }
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read() throws SQLException;
  }

  /** Reads a row; a value the model rejects becomes an error naming the row. */
  private static <T> T row(String what, @Nullable String id, RowReader<T> reader)
      throws SQLException {
    try {
      return reader.read();
    } catch (RuntimeException e) {
      throw new InvalidRowException(what + " '" + id + "': " + e.getMessage(), e);
    }
  }

  /** A row holds a value the model rejects: the database was changed by something else. */
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

  static final class InvalidRowException extends SQLException {
    private static final long serialVersionUID = 1L;

    InvalidRowException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

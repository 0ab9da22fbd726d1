package io.github.cadence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cadence.engine.CadenceEngine;
import io.github.cadence.engine.FollowUpQueue;
import io.github.cadence.engine.QueueIndex;
import io.github.cadence.engine.QueueRequest;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.history.Network;
import io.github.cadence.jdbc.WorkspaceException.Problem;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Outcome;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.AgendaItem;
import io.github.cadence.rule.builtin.BuiltInRules;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A user's network kept in a database: contacts, tiers, touchpoints, the plan memory, goals and
 * settings, loaded into an in-memory {@link Network} and its {@link QueueIndex} when the workspace
 * opens. The workspace itself reads and changes the network and its tiers; what is not the network
 * has a facet of its own, sharing the workspace's database and transactions: {@link #plan()} (the
 * plan memory) and {@link #configuration()} (the goals and settings the user saved).
 *
 * <p>Every change is written to the database in one transaction <em>first</em>, then applied in
 * memory, then committed: if the write fails, memory is unchanged; if applying it in memory fails
 * (a rejected value), the transaction is rolled back. If the commit itself fails after memory
 * changed, the workspace reloads itself from the database. Either way the database and the memory
 * never disagree, and a change either happened entirely or not at all.
 *
 * <pre>{@code
 * try (Workspace workspace = Workspace.sqlite(Path.of("network.cadence")).open(now)) {
 *   workspace.add(contact);
 *   workspace.record(touchpoint);
 *   FollowUpQueue today = workspace.queue(QueueRequest.asOf(now));
 * }
 * }</pre>
 *
 * <p><b>Several instances on one database.</b> Two processes may open one SQLite file, and several
 * application instances one PostgreSQL database. Their writes are serialized: a writer waits for
 * another up to the busy timeout (SQLite) or until the other commits (PostgreSQL). Each instance
 * holds its own copy in memory; {@link #refresh()} brings in what the others committed since this
 * one opened or last refreshed (contacts added, changed or removed, touchpoints recorded, tiers,
 * plan memory, goals, settings). Without a refresh an instance answers from what it has; a change
 * it makes to a contact that another instance changed, removed or took meanwhile fails with {@link
 * Problem#CONFLICT}, names the contact and changes nothing: no update is lost (each contact row
 * keeps the change number that last wrote it). Refresh, apply the change again, and write.
 *
 * <p>Thread-safe: reads run side by side, changes one at a time; queries ({@link #queue}) never
 * wait for a change's database write.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Workspace implements AutoCloseable {
  // Implementation notes: the journal owns the protocol with the database (write, apply, commit),
  // the change numbers and the lock; the workspace owns the network (through its index) and its
  // tiers (WorkspaceTiers: saved and overridden); its facets own the plan memory (WorkspacePlan)
  // and the goals and settings
  // (Configuration). The statements are in one table class per aggregate (ContactTable,
  // TouchpointTable, PlanTable, ConfigTable).

  /** How long a change waits for another process's, by default. */
  private static final Duration BUSY = Duration.ofSeconds(5);

  private final CadenceEngine engine;
  private final Journal journal;
  private final WorkspacePlan plan;
  private final Configuration configuration;

  // Guarded by the journal's lock; the index is volatile so that queries need no lock.
  private volatile QueueIndex index;
  private final WorkspaceTiers tiers;

  private Workspace(
      Store store,
      CadenceEngine engine,
      Instant asOf,
      boolean readOnly,
      Map<String, Tier> overrides) {
    this.engine = engine;
    this.tiers = new WorkspaceTiers(store.name(), overrides);
    this.journal = new Journal(store, readOnly, () -> load(index.now()));
    this.plan = new WorkspacePlan(this, journal);
    this.configuration = new Configuration(journal);
    this.index = QueueIndex.build(engine, new MutableNetwork(), asOf); // empty until load
    load(asOf);
  }

  /**
   * Starts opening a workspace in an SQLite file, created (with its schema) if it does not exist.
   * SQLite keeps it in WAL mode, with {@code file-wal} and {@code file-shm} beside it while it is
   * open; every change is durable once the method that made it returns.
   *
   * <p>sqlite-jdbc unpacks its native library on first use; unless the system property {@code
   * org.sqlite.tmpdir} is set, Cadence points it at {@code $XDG_CACHE_HOME/cadence/sqlite-native}
   * (or {@code ~/.cache/...}) rather than the temporary directory, which is often mounted noexec.
   *
   * @param file the workspace file; its directory must exist
   * @return a builder, to set options and open
   */
  public static Builder sqlite(Path file) {
    requireNonNull(file, "file");
    return new Builder(file, null);
  }

  /**
   * Starts opening a workspace in a PostgreSQL database, reached through the application's data
   * source (its pool, credentials and schema: give Cadence a schema of its own). The schema is
   * created or brought up to date when the workspace opens.
   *
   * @param dataSource the data source
   * @return a builder, to set options and open
   */
  public static Builder postgres(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    return new Builder(null, dataSource);
  }

  /** Opens a workspace; every option has a default. */
  public static final class Builder {
    private final @Nullable Path file;
    private final @Nullable DataSource dataSource;
    private CadenceEngine engine = CadenceEngine.of(BuiltInRules.defaults());
    private Duration busyTimeout = BUSY;
    private boolean readOnly;
    private Map<String, Tier> overrides = Map.of();

    private Builder(@Nullable Path file, @Nullable DataSource dataSource) {
      this.file = file;
      this.dataSource = dataSource;
    }

    /**
     * Sets the engine whose rules rank the queue; by default the built-in rules.
     *
     * @param value the engine
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder engine(CadenceEngine value) {
      this.engine = requireNonNull(value, "engine");
      return this;
    }

    /**
     * Sets how long a change waits for another process that is writing the same SQLite file before
     * it fails with {@link Problem#IN_USE}; 5 seconds by default.
     *
     * @param value the timeout; zero or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder busyTimeout(Duration value) {
      requireNonNull(value, "busyTimeout");
      checkArgument(!value.isNegative(), "busyTimeout must be zero or more, was %s", value);
      this.busyTimeout = value;
      return this;
    }

    /**
     * Opens the workspace for reading: an SQLite file is opened read-only, so that nothing this
     * instance does can change it (a file of an older schema is brought up to date first, once);
     * saving settings and goals ({@link Configuration}) and tiers ({@link #saveTier}) applies in
     * memory only, as a command applies the user's configuration for one run, and every other
     * change fails with {@link IllegalStateException}.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder readOnly() {
      this.readOnly = true;
      return this;
    }

    /**
     * Sets tiers that this instance uses instead of the saved tiers of the same names, in memory
     * only: the contacts of such a tier are read with it (their cadence, their weight), and nothing
     * is written for it, neither when the workspace opens nor later. A contact given such a tier is
     * saved with the tier's name; a tier the database does not hold yet is saved with the first
     * contact that has it. This is how an application whose configuration owns the tiers (the
     * command's config.yaml) applies them without writing on every open.
     *
     * @param values the tiers, with distinct names
     * @return this builder
     * @throws IllegalArgumentException if two tiers have one name
     */
    @CanIgnoreReturnValue
    public Builder tiers(Collection<Tier> values) {
      Map<String, Tier> byName = new LinkedHashMap<>();
      for (Tier t : values) {
        checkArgument(byName.put(t.name(), t) == null, "tiers name the tier %s twice", t.name());
      }
      this.overrides = ImmutableMap.copyOf(byName);
      return this;
    }

    /**
     * Opens the workspace: creates or migrates its schema, loads everything and builds the queue
     * index as of an instant.
     *
     * @param asOf the instant the index starts at; queries ask about it or later
     * @return the open workspace; close it when done
     * @throws WorkspaceException naming the workspace and what to do, if it cannot be opened
     */
    public Workspace open(Instant asOf) {
      requireNonNull(asOf, "asOf");
      Store store =
          dataSource != null
              ? PostgresStore.open(dataSource)
              : readOnly
                  ? SqliteStore.openReadOnly(requireNonNull(file, "file"), busyTimeout)
                  : SqliteStore.open(requireNonNull(file, "file"), busyTimeout);
      try {
        return new Workspace(store, engine, asOf, readOnly, overrides);
      } catch (RuntimeException | Error e) {
        store.close();
        throw e;
      }
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * The workspace, as messages name it: {@code workspace /path/to/file} or {@code PostgreSQL
   * workspace jdbc:postgresql://...}.
   *
   * @return the name
   */
  public String name() {
    return journal.name();
  }

  /**
   * The follow-up queue, from the index (see {@link QueueIndex#queue}).
   *
   * @param request what to ask; its instant must not be before the latest asked about
   * @return the queue page
   */
  public FollowUpQueue queue(QueueRequest request) {
    requireNonNull(request, "request");
    journal.checkOpen(); // without the lock: a query never waits for a change's write
    return index.queue(request);
  }

  /**
   * A contact.
   *
   * @param contactId its id
   * @return the contact, or empty if the workspace has none with that id
   */
  public Optional<Contact> contact(String contactId) {
    requireNonNull(contactId, "contactId");
    return reading(n -> n.contact(contactId));
  }

  /**
   * Every contact, by id.
   *
   * @return the contacts
   */
  public List<Contact> contacts() {
    // By id, not in the network's order of arrival: the same for every instance, after every
    // reload.
    return reading(n -> n.contacts().stream().sorted(Comparator.comparing(Contact::id)).toList());
  }

  /**
   * How many contacts the workspace holds, without listing them.
   *
   * @return the count
   */
  public int contactCount() {
    return reading(Network::size);
  }

  /**
   * A contact's history summary.
   *
   * @param contactId its id
   * @return the summary
   * @throws IllegalArgumentException if the workspace has no such contact
   */
  public ContactHistory history(String contactId) {
    requireNonNull(contactId, "contactId");
    return reading(n -> n.history(contactId));
  }

  /**
   * A contact's touchpoints, oldest first.
   *
   * @param contactId its id
   * @return the touchpoints
   * @throws IllegalArgumentException if the workspace has no such contact
   */
  public List<Touchpoint> touchpoints(String contactId) {
    requireNonNull(contactId, "contactId");
    return reading(n -> n.touchpoints(contactId));
  }

  /**
   * Reads the network, for what the other methods do not answer (a {@code Tracker}'s progress, a
   * review), through a read-only view: change the network through the workspace.
   *
   * @param reader what to read; called once, with changes held back meanwhile; keep what it gives,
   *     not the view
   * @param <T> what it reads
   * @return what it read
   */
  public <T> T read(Function<? super Network, T> reader) {
    requireNonNull(reader, "reader");
    return reading(reader);
  }

  /**
   * The tiers of the workspace, by name: A, B and C as a new workspace has them, and every tier a
   * contact was given; a tier this instance overrides ({@link Builder#tiers}) as it overrides it.
   *
   * @return the tiers
   */
  public Map<String, Tier> tiers() {
    return journal.reading(tiers::all);
  }

  /**
   * The workspace's plan memory, with what changes it.
   *
   * @return the facet of the plan memory
   */
  public WorkspacePlan plan() {
    return plan;
  }

  /**
   * The goals and settings the user saved in the workspace, with what changes them.
   *
   * @return the facet of the goals and settings
   */
  public Configuration configuration() {
    return configuration;
  }

  /** Whether the workspace holds a contact; the caller holds the lock. */
  boolean holds(String contactId) {
    return index.read(n -> n.contains(contactId));
  }

  private <T> T reading(Function<? super Network, T> reader) {
    return journal.reading(() -> index.read(reader));
  }

  // ---------------------------------------------------------------- changing

  /**
   * Adds a contact. Its tier is saved with it if the workspace has no tier of that name.
   *
   * @param contact the contact
   * @throws IllegalArgumentException if its id is taken, or its tier differs from the workspace's
   *     tier of the same name; nothing changes then
   */
  public void add(Contact contact) {
    requireNonNull(contact, "contact");
    importAll(List.of(contact), List.of(), true);
  }

  /**
   * Replaces a contact with a new version of it (same id) and re-evaluates it.
   *
   * @param contact the new version
   * @throws IllegalArgumentException if the workspace has no contact with its id, or its tier
   *     differs from the workspace's tier of the same name; nothing changes then
   */
  public void update(Contact contact) {
    requireNonNull(contact, "contact");
    journal.writing(
        () -> {
          checkArgument(
              holds(contact.id()), "contact.id '%s' is not a contact of %s", contact.id(), name());
          List<Tier> newTiers = tiers.unsaved(List.of(contact));
          write(
              "update contact '" + contact.id() + "' in",
              c -> {
                c.checkUnchanged(List.of(contact));
                c.saveTiers(newTiers);
                c.updateContacts(List.of(contact));
              },
              () -> {
                index.update(contact);
                tiers.saved(newTiers);
              });
          journal.wrote(List.of(contact));
        });
  }

  /**
   * Removes a contact with its touchpoints and planned touches.
   *
   * @param contactId the contact's id
   * @return true if the workspace had the contact
   */
  @CanIgnoreReturnValue
  public boolean remove(String contactId) {
    requireNonNull(contactId, "contactId");
    return journal.writing(
        () -> {
          Optional<Contact> contact = index.read(n -> n.contact(contactId));
          if (contact.isEmpty()) {
            return false;
          }
          String id = contact.get().id();
          write(
              "remove contact '" + id + "' from",
              c -> c.removeContact(id),
              () -> {
                index.remove(id);
                plan.forget(id);
              });
          return true;
        });
  }

  /**
   * Records a touchpoint, unless the workspace holds it already (its source key, or the same
   * touch), and re-evaluates its contact.
   *
   * @param touchpoint the touchpoint
   * @return true if it was new
   * @throws IllegalArgumentException if its contact is not in the workspace, or its source key is
   *     recorded for another contact; nothing changes then
   */
  @CanIgnoreReturnValue
  public boolean record(Touchpoint touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return recordAll(List.of(touchpoint)) == 1;
  }

  /**
   * Records touchpoints, all or none, leaving out those the workspace holds already.
   *
   * @param touchpoints the touchpoints, in any order
   * @return how many were new
   * @throws IllegalArgumentException if a touchpoint's contact is not in the workspace, or its
   *     source key is recorded for another contact; nothing changes then
   */
  @CanIgnoreReturnValue
  public int recordAll(Collection<Touchpoint> touchpoints) {
    requireNonNull(touchpoints, "touchpoints");
    return importAll(List.of(), touchpoints, false).touchpointsRecorded();
  }

  /**
   * Imports contacts and touchpoints in one transaction, all or nothing: contacts new to the
   * workspace are added, those it holds with other values are replaced, and touchpoints it does not
   * hold yet are recorded. Importing the same data again changes nothing.
   *
   * @param contacts the contacts, with distinct ids
   * @param touchpoints the touchpoints, of these contacts or of contacts in the workspace
   * @return what changed
   * @throws IllegalArgumentException if an id appears twice, a touchpoint's contact is unknown, a
   *     source key belongs to another contact, or a tier differs from the workspace's tier of the
   *     same name; nothing changes then
   */
  @CanIgnoreReturnValue
  public ImportSummary importAll(Collection<Contact> contacts, Collection<Touchpoint> touchpoints) {
    requireNonNull(contacts, "contacts");
    requireNonNull(touchpoints, "touchpoints");
    return importAll(contacts, touchpoints, false);
  }

  private ImportSummary importAll(
      Collection<Contact> contacts, Collection<Touchpoint> touchpoints, boolean onlyNew) {
    List<Contact> batch = ImmutableList.copyOf(contacts);
    List<Touchpoint> recorded = ImmutableList.copyOf(touchpoints);
    return journal.writing(
        () -> {
          List<Contact> added = new ArrayList<>();
          List<Contact> updated = new ArrayList<>();
          Set<String> ids = new HashSet<>();
          // One read of the network for the whole batch, not a lookup under its lock per row.
          Boolean unused =
              index.read(
                  n -> {
                    for (int i = 0; i < batch.size(); i++) {
                      Contact contact = batch.get(i);
                      String field = batch.size() == 1 ? "contact.id" : "contacts[" + i + "].id";
                      checkArgument(
                          ids.add(contact.id()), "%s '%s' appears twice", field, contact.id());
                      Optional<Contact> held = n.contact(contact.id());
                      checkArgument(
                          !onlyNew || held.isEmpty(),
                          "%s '%s' is taken already",
                          field,
                          contact.id());
                      if (held.isEmpty()) {
                        added.add(contact);
                      } else if (!held.get().equals(contact)) {
                        updated.add(contact);
                      }
                    }
                    for (int i = 0; i < recorded.size(); i++) {
                      String id = recorded.get(i).contactId();
                      checkArgument(
                          ids.contains(id) || n.contains(id),
                          "%s '%s' is not a contact of %s",
                          recorded.size() == 1
                              ? "touchpoint.contactId"
                              : "touchpoints[" + i + "].contactId",
                          id,
                          name());
                    }
                    return Boolean.TRUE;
                  });
          List<Tier> newTiers = tiers.unsaved(batch);
          int unchanged = batch.size() - added.size() - updated.size();
          if (added.isEmpty() && updated.isEmpty() && recorded.isEmpty()) {
            return new ImportSummary(0, 0, unchanged, 0, 0);
          }
          long version = index.read(Network::version);
          int inserted =
              journal.write(
                  "import into",
                  c -> {
                    c.checkUnchanged(updated);
                    c.saveTiers(newTiers);
                    c.addContacts(added);
                    c.updateContacts(updated);
                    return c.record(recorded);
                  },
                  n -> {
                    index.addAll(added);
                    updated.forEach(index::update);
                    index.recordAll(recorded);
                    tiers.saved(newTiers);
                  },
                  () -> index.read(Network::version) != version);
          journal.wrote(added);
          journal.wrote(updated);
          return new ImportSummary(
              added.size(), updated.size(), unchanged, inserted, recorded.size() - inserted);
        });
  }

  /**
   * Writes a change of the network, then applies it; the caller holds the write lock. A failure
   * after the network changed reloads it (see {@link Journal#write}).
   */
  private void write(String doing, Journal.VoidWrites writes, Runnable apply) {
    long version = index.read(Network::version);
    journal.write(doing, writes, apply, () -> index.read(Network::version) != version);
  }

  /**
   * Saves a tier, new or changed: every contact of that tier takes the new cadence and weight. In a
   * workspace opened {@linkplain Builder#readOnly() for reading}, in memory only.
   *
   * @param tier the tier
   */
  public void saveTier(Tier tier) {
    requireNonNull(tier, "tier");
    journal.writing(
        () -> {
          Tier effective = tiers.effective(tier);
          List<Contact> moved =
              index.read(n -> n.contacts()).stream()
                  .filter(c -> c.tier().name().equals(tier.name()) && !c.tier().equals(effective))
                  .map(c -> c.toBuilder().tier(effective).build())
                  .toList();
          long version = index.read(Network::version);
          journal.configure(
              "save tier " + tier.name() + " in",
              c -> {
                c.saveTiers(List.of(tier));
                c.touchContactsOf(tier.name());
              },
              () -> {
                moved.forEach(index::update);
                tiers.saved(List.of(tier));
              },
              () -> index.read(Network::version) != version);
          journal.wrote(moved);
        });
  }

  /**
   * Marks an agenda touch done: records it as an outbound touchpoint (see {@link
   * AgendaItem.Touch#done}).
   *
   * @param item the touch
   * @param at when it was done
   * @param outcome what came of it
   * @return the touchpoint recorded
   */
  @CanIgnoreReturnValue
  public Touchpoint markDone(AgendaItem.Touch item, Instant at, Outcome outcome) {
    requireNonNull(item, "item");
    Touchpoint done = item.done(at, outcome);
    record(done);
    return done;
  }

  /**
   * Snoozes a contact: neither the queue nor a plan suggests it before {@code until}, in the
   * contact's zone ({@link Contact#snoozedUntil()}).
   *
   * @param contactId the contact's id
   * @param until the first day it may be suggested again
   * @return the contact as snoozed
   * @throws IllegalArgumentException if the workspace has no such contact; nothing changes then
   */
  @CanIgnoreReturnValue
  public Contact snooze(String contactId, LocalDate until) {
    requireNonNull(contactId, "contactId");
    requireNonNull(until, "until");
    return journal.writing(
        () -> {
          Contact snoozed =
              contact(contactId)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "contactId '" + contactId + "' is not a contact of " + name()))
                  .toBuilder()
                  .snoozedUntil(until)
                  .build();
          update(snoozed);
          return snoozed;
        });
  }

  /**
   * Skips a contact on a day: it comes back the next day ({@link #snooze} to that day).
   *
   * @param contactId the contact's id
   * @param day the day it was skipped
   * @return the contact as skipped
   * @throws IllegalArgumentException if the workspace has no such contact; nothing changes then
   */
  @CanIgnoreReturnValue
  public Contact skip(String contactId, LocalDate day) {
    return snooze(contactId, requireNonNull(day, "day").plusDays(1));
  }

  /**
   * Checks the database's pages and indexes (SQLite's {@code integrity_check}; for PostgreSQL, that
   * it holds the schema's tables, as PostgreSQL keeps its own pages sound).
   *
   * @return the problems found, none if the database is sound
   */
  public List<String> check() {
    return journal.check();
  }

  /**
   * Checks a workspace file without loading it: SQLite's {@code integrity_check} over every page
   * and index. A file too damaged to load at all can still be checked.
   *
   * @param file the workspace file
   * @return the problems found, none if the file is sound
   * @throws WorkspaceException if the file is not a workspace, or so damaged SQLite cannot open it
   */
  public static List<String> check(Path file) {
    try (SqliteStore store = SqliteStore.openReadOnly(requireNonNull(file, "file"), BUSY)) {
      return store.check();
    }
  }

  /**
   * Writes a consistent copy of the workspace to a file (SQLite's {@code VACUUM INTO}), while this
   * and other processes go on using it: the copy is a workspace of its own, openable as any. The
   * file is written whole, then moved into place.
   *
   * @param target the file to write; not the workspace's own
   * @throws UnsupportedOperationException for PostgreSQL, which pg_dump backs up
   * @throws WorkspaceException if the copy cannot be written
   */
  public void backup(Path target) {
    journal.backup(requireNonNull(target, "target"));
  }

  /**
   * Brings in what other workspace instances or processes committed since this one opened or last
   * refreshed: contacts added, changed or removed, touchpoints recorded, tiers, the plan memory,
   * goals and settings. Cheap when nothing changed.
   *
   * @return true if something changed
   */
  @CanIgnoreReturnValue
  public boolean refresh() {
    return journal.writing(
        () -> {
          Optional<Journal.Changes> read = journal.changes();
          if (read.isEmpty()) {
            return false;
          }
          Journal.Changes changes = read.get();
          try {
            tiers.load(changes.tiers());
            for (String id : changes.removed()) {
              index.remove(id);
            }
            List<Contact> changed = changes.contacts().stream().map(tiers::overridden).toList();
            List<Optional<Contact>> held =
                index.read(n -> changed.stream().map(c -> n.contact(c.id())).toList());
            List<Contact> added = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
              Contact contact = changed.get(i);
              if (held.get(i).isEmpty()) {
                added.add(contact);
              } else if (!held.get(i).get().equals(contact)) {
                index.update(contact);
              }
            }
            index.addAll(added);
            index.recordAll(changes.touchpoints());
            plan.load(changes.plan());
            configuration.load(changes.goals(), changes.settings());
            journal.caughtUp(changes.change());
          } catch (RuntimeException e) {
            load(index.now());
            throw e;
          }
          return true;
        });
  }

  // ---------------------------------------------------------------- loading

  /** Loads everything from the database and builds the index anew; the caller holds the lock. */
  private void load(Instant asOf) {
    Journal.Snapshot snapshot = journal.load();
    MutableNetwork loaded = new MutableNetwork();
    for (Contact contact : snapshot.contacts()) {
      loaded.add(tiers.overridden(contact));
    }
    loaded.recordAll(snapshot.touchpoints());
    configuration.load(snapshot.goals(), snapshot.settings());
    index = QueueIndex.build(engine, loaded, asOf);
    tiers.load(snapshot.tiers());
    plan.load(snapshot.plan());
    journal.caughtUp(snapshot.change());
  }

  /**
   * Closes the workspace: its connection (SQLite), and every later call fails. Closing twice does
   * nothing.
   */
  @Override
  public void close() {
    journal.close();
  }

  @Override
  public String toString() {
    return "Workspace[" + name() + (journal.isClosed() ? ", closed" : "") + "]";
  }
}

package io.github.cadence.jdbc;

import io.github.cadence.jdbc.WorkspaceException.Problem;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Tier;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.plan.PlanMemory;
import io.github.cadence.tracking.Goal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The workspace's protocol with its database: every change is written in one transaction
 * <em>first</em>, then applied in memory, then committed. If the write fails, memory is unchanged;
 * if applying it in memory fails, the transaction is rolled back; if the commit fails after memory
 * changed, the workspace reloads itself from the database. It owns the change numbers that order
 * every instance's writes (the latest this instance has seen, and its own writes made while behind
 * others), the lock that lets reads run side by side and changes one at a time, and whether the
 * workspace is open.
 *
 * <p>A change reaches the tables through a {@link Change}, in the domain's terms: it never sees a
 * connection or a change number.
 */
final class Journal {
  private final Store store;
  private final boolean readOnly;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** Reloads the workspace from the database; called with the write lock held. */
  private final Runnable reload;

  // Guarded by lock.
  /** The change number up to which this instance holds every committed change. */
  private long seen;

  /**
   * The change number of each contact this instance wrote while behind others' changes (so that
   * {@link #seen} could not move past them): its own writes, not another's. Emptied on reload.
   */
  private final Map<String, Long> ownWrites = new HashMap<>();

  /** The change number of this instance's latest write. */
  private long lastWrite;

  private volatile boolean closed;

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

  Journal(Store store, boolean readOnly, Runnable reload) {
    this.store = store;
    this.readOnly = readOnly;
    this.reload = reload;
  }

  /** The workspace, as messages name it. */
  String name() {
    return store.name();
  }

  // ---------------------------------------------------------------- locking

  /** Runs a read with the read lock held, on an open workspace. */
  <T> T reading(Supplier<T> read) {
    lock.readLock().lock();
    try {
      checkOpen();
      return read.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a change with the write lock held, on an open workspace. */
  <T> T writing(Supplier<T> change) {
    lock.writeLock().lock();
    try {
      checkOpen();
      return change.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** As {@link #writing(Supplier)}, for a change that returns nothing. */
  void writing(Runnable change) {
    Boolean unused =
        writing(
            () -> {
              change.run();
              return Boolean.TRUE;
            });
  }

  /** Fails if the workspace is closed. */
  void checkOpen() {
    if (closed) {
      throw new WorkspaceException(
          Problem.CLOSED, name() + " is closed; open it again to use it", null);
    }
  }

  // ---------------------------------------------------------------- writing

  /** The writes of one change, in the domain's terms. */
  @FunctionalInterface
  interface Writes<T> {
    T write(Change change) throws SQLException;
  }

  /**
   * Writes a change to the database, applies it in memory, then commits; the caller holds the write
   * lock. A failure in memory rolls the transaction back; if memory was changed before it (its
   * {@code changed} says so), or the commit fails after, the workspace reloads from the database.
   *
   * @param doing what the change does, for messages: "import into" (the workspace's name follows)
   * @param changed whether memory differs from what it was before the change began
   */
  <T> T write(
      String doing, Writes<T> writes, Store.BeforeCommit<T> apply, Supplier<Boolean> changed) {
    if (readOnly) {
      throw new IllegalStateException(
          "cannot " + doing + " " + name() + ": it is open for reading only");
    }
    long[] number = new long[1];
    try {
      T result =
          store.write(
              doing + " " + name(),
              c -> {
                number[0] = nextChange(c);
                return writes.write(new Change(c, number[0]));
              },
              apply);
      lastWrite = number[0];
      if (number[0] == seen + 1) {
        seen = number[0];
      }
      return result;
    } catch (Store.CommitFailedException e) {
      reload.run();
      throw e.failure;
    } catch (RuntimeException | Error e) {
      if (changed.get()) {
        reload.run();
      }
      throw e;
    }
  }

  /** A write that returns nothing. */
  @FunctionalInterface
  interface VoidWrites {
    void write(Change change) throws SQLException;
  }

  /** As {@link #write}, for a change that returns nothing. */
  void write(String doing, VoidWrites writes, Runnable apply, Supplier<Boolean> changed) {
    Boolean unused =
        write(
            doing,
            change -> {
              writes.write(change);
              return Boolean.TRUE;
            },
            done -> apply.run(),
            changed);
  }

  /**
   * A change of what the user configures (settings, goals, tiers): written as any change, or, in a
   * workspace opened for reading, applied in memory only.
   */
  void configure(String doing, VoidWrites writes, Runnable apply, Supplier<Boolean> changed) {
    if (readOnly) {
      apply.run();
    } else {
      write(doing, writes, apply, changed);
    }
  }

  /** Remembers contacts this instance wrote past what it has seen, as its own. */
  void wrote(Collection<Contact> contacts) {
    if (!readOnly && lastWrite > seen) {
      contacts.forEach(c -> ownWrites.put(c.id(), lastWrite));
    }
  }

  /** One change's writes to the tables, inside its transaction, under its change number. */
  final class Change {
    private final Connection c;
    private final long number;

    private Change(Connection c, long number) {
      this.c = c;
      this.number = number;
    }

    /**
     * Refuses to write over a contact another instance changed or removed since this one last saw
     * it.
     */
    void checkUnchanged(Collection<Contact> contacts) throws SQLException {
      ContactTable.checkUnchanged(c, contacts, seen, ownWrites);
    }

    void saveTiers(Collection<Tier> tiers) throws SQLException {
      ContactTable.saveTiers(c, tiers, number);
    }

    /** Marks the contacts of a tier changed, so that a refresh elsewhere reloads them. */
    void touchContactsOf(String tier) throws SQLException {
      ContactTable.touchContactsOf(c, tier, number);
    }

    void addContacts(Collection<Contact> contacts) throws SQLException {
      ContactTable.insertContacts(c, contacts, number);
    }

    void updateContacts(Collection<Contact> contacts) throws SQLException {
      ContactTable.updateContacts(c, contacts, number);
    }

    void removeContact(String id) throws SQLException {
      ContactTable.deleteContact(c, id, number);
    }

    /** Records touchpoints, leaving out those held already; how many were new. */
    int record(Collection<Touchpoint> touchpoints) throws SQLException {
      return TouchpointTable.insertTouchpoints(c, touchpoints, number);
    }

    void savePlan(PlanMemory before, PlanMemory after) throws SQLException {
      PlanTable.savePlan(c, before, after);
    }

    void saveGoals(List<Goal> goals) throws SQLException {
      ConfigTable.saveGoals(c, goals);
    }

    void saveSettings(String document) throws SQLException {
      ConfigTable.saveSettings(c, document);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads everything; the caller says when it holds it ({@link #caughtUp}). */
  Snapshot load() {
    return store.read("load", Journal::snapshot);
  }

  /**
   * What other instances committed since this one last loaded or caught up, or empty if nothing;
   * the caller applies it, then says so ({@link #caughtUp}).
   */
  Optional<Changes> changes() {
    long after = seen;
    return store.read(
        "refresh",
        c -> change(c) == after ? Optional.empty() : Optional.of(changesAfter(c, after)));
  }

  /** The instance now holds every change up to this number, and none of its own writes beyond. */
  void caughtUp(long change) {
    seen = change;
    ownWrites.clear();
  }

  List<String> check() {
    return reading(store::check);
  }

  void backup(Path target) {
    Boolean unused =
        reading(
            () -> {
              store.backup(target);
              return Boolean.TRUE;
            });
  }

  // ---- change numbers

  /** Takes the next change number; on PostgreSQL this also locks out other writers until commit. */
  private static long nextChange(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE workspace_change SET seq = seq + 1 WHERE id = 1");
    }
    return change(c);
  }

  private static long change(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT seq FROM workspace_change WHERE id = 1")) {
      if (!r.next()) {
        throw new SQLException("the workspace_change table has no row");
      }
      return r.getLong(1);
    }
  }

  // ---- whole snapshots

  private static Snapshot snapshot(Connection c) throws SQLException {
    long change = change(c);
    Map<String, Tier> tiers = ContactTable.tiers(c);
    return new Snapshot(
        change,
        tiers,
        ContactTable.contacts(c, tiers, -1),
        TouchpointTable.touchpoints(c, -1),
        PlanTable.plan(c),
        ConfigTable.goals(c),
        ConfigTable.settings(c));
  }

  private static Changes changesAfter(Connection c, long after) throws SQLException {
    long change = change(c);
    Map<String, Tier> tiers = ContactTable.tiers(c);
    return new Changes(
        change,
        tiers,
        ContactTable.removedContacts(c, after),
        ContactTable.contacts(c, tiers, after),
        TouchpointTable.touchpoints(c, after),
        PlanTable.plan(c),
        ConfigTable.goals(c),
        ConfigTable.settings(c));
  }

  /** Closes the database; every later call fails. Closing twice does nothing. */
  void close() {
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        store.close();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  boolean isClosed() {
    return closed;
  }
}

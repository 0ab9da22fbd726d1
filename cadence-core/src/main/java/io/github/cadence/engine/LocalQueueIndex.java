package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import io.github.cadence.engine.ContactEvaluation.Collected;
import io.github.cadence.engine.ContactEvaluation.Said;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.MutableNetwork;
import io.github.cadence.history.Network;
import io.github.cadence.internal.Checks;
import io.github.cadence.internal.Urgency;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Suggestion.FollowUp;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The {@link QueueIndex} there is: see its description for what it promises. */
final class LocalQueueIndex implements QueueIndex {
  // Implementation notes: the data structures are ScoreIndex's (see its design notes); this class
  // is the protocol around them. Changes are made to the network and the index under this
  // object's lock; rules run outside it on snapshots (a contact and its immutable history), and
  // their results are applied under the lock if the network still holds what was read.

  /** No slot. */
  private static final int NONE = ScoreIndex.NONE;

  /** The most rendered entries kept between two queries at the same instant. */
  private static final int RENDERED_MAX = 10_000;

  /**
   * How many times a change or a query evaluates outside the lock and finds, on taking the lock
   * again, that what it read has changed meanwhile, before it evaluates under the lock instead, so
   * that it ends even while other threads keep changing the same contacts.
   */
  private static final int OPTIMISTIC_ROUNDS = 4;

  private final CadenceEngine engine;
  private final MutableNetwork network;
  private final EnabledRules rules;
  private final ScoreIndex index = new ScoreIndex();
  private final Map<String, Rendered> rendered = new HashMap<>();
  private @Nullable Instant renderedAt;
  private Instant now;

  /**
   * What one evaluation of a contact reads, taken from the network under the lock so that it can be
   * evaluated outside it: the contact, its history as of the instant, the network's latest history
   * of the contact and the network's version (to tell, under the lock again, whether the network
   * has changed the contact since), and its next touchpoint after the instant.
   */
  private record Snapshot(
      Contact contact,
      ContactHistory history,
      ContactHistory latest,
      Instant nextTouch,
      Instant at,
      long version) {}

  /** A snapshot and what its rules made of it. */
  private record Evaluated(Snapshot read, ScoreIndex.Scored scored) {}

  /** A contact's state as the index holds it, to render its entry as of an instant. */
  private record Reading(Contact contact, ContactHistory history, Instant asOf) {
    Rendered render(EnabledRules rules) {
      List<RuleFailure> failed = new ArrayList<>(0);
      Optional<QueueEntry> entry =
          ContactEvaluation.evaluate(rules, contact, history, asOf, failed);
      return new Rendered(entry, List.copyOf(failed));
    }

    /** Whether the contact's entry, ranked but not worded, passes a filter on channels. */
    boolean matches(EnabledRules rules, QueueFilter filter) {
      return ContactEvaluation.merge(rules, contact, history, asOf, new ArrayList<>())
          .filter(m -> filter.matches(contact, m.channel()))
          .isPresent();
    }
  }

  /**
   * A contact's queue entry as of {@link #renderedAt} (its reasons worded when read), with the
   * failures of the rules met making it.
   */
  private record Rendered(Optional<QueueEntry> entry, List<RuleFailure> failures) {}

  /**
   * A page as merged under the lock: complete, or the entries it still needs rendered (outside the
   * lock) before it can be. A complete page may still need its matching entries counted.
   */
  private record Merge(
      List<QueueEntry> page,
      List<RuleFailure> failures,
      int total,
      List<Reading> toCount,
      List<Reading> missing) {}

  private LocalQueueIndex(CadenceEngine engine, MutableNetwork network, Instant asOf) {
    this.engine = engine;
    this.network = network;
    this.rules = engine.enabled();
    this.now = asOf;
  }

  /** See {@link QueueIndex#build}. */
  static QueueIndex build(CadenceEngine engine, MutableNetwork network, Instant asOf) {
    requireNonNull(engine, "engine");
    requireNonNull(network, "network");
    Checks.checkInstant(asOf, "asOf");
    LocalQueueIndex queueIndex = new LocalQueueIndex(engine, network.handOver(), asOf);
    List<Contact> all = queueIndex.network.contacts();
    List<ScoreIndex.Scored> scored =
        (engine.isParallel() ? all.parallelStream() : all.stream())
            .map(c -> queueIndex.evaluate(queueIndex.snapshot(c, asOf)).scored())
            .toList();
    queueIndex.index.load(scored);
    return queueIndex;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized int size() {
    return index.withEntries();
  }

  @Override
  public void add(Contact contact) {
    requireNonNull(contact, "contact");
    Snapshot changed;
    synchronized (this) {
      network.add(contact);
      changed = changed(contact.id());
    }
    settle(changed);
  }

  @Override
  public void update(Contact contact) {
    requireNonNull(contact, "contact");
    Snapshot changed;
    synchronized (this) {
      network.update(contact);
      changed = changed(contact.id());
    }
    settle(changed);
  }

  @Override
  public void record(Touchpoint touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    Snapshot changed;
    synchronized (this) {
      network.record(touchpoint);
      changed = changed(touchpoint.contactId());
    }
    settle(changed);
  }

  @Override
  public void addAll(Collection<Contact> contacts) {
    List<Contact> batch = ImmutableList.copyOf(requireNonNull(contacts, "contacts"));
    List<Snapshot> changed = new ArrayList<>(batch.size());
    synchronized (this) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < batch.size(); i++) {
        String id = batch.get(i).id();
        checkArgument(
            !network.contains(id), "contacts[%s].id %s is taken already", i, Checks.quote(id));
        checkArgument(ids.add(id), "contacts[%s].id %s appears twice", i, Checks.quote(id));
      }
      for (Contact contact : batch) {
        network.add(contact);
        changed.add(changed(contact.id()));
      }
    }
    settleAll(changed);
  }

  @Override
  public void recordAll(Collection<Touchpoint> touchpoints) {
    List<Touchpoint> batch = ImmutableList.copyOf(requireNonNull(touchpoints, "touchpoints"));
    List<Snapshot> changed = new ArrayList<>();
    synchronized (this) {
      network.recordAll(batch);
      Set<String> ids = new LinkedHashSet<>();
      for (Touchpoint t : batch) {
        if (ids.add(t.contactId())) {
          changed.add(changed(t.contactId()));
        }
      }
    }
    settleAll(changed);
  }

  /**
   * Settles every changed contact, even if one of them fails (only an error of the JVM itself can):
   * each is then left due for re-evaluation, and the first failure is thrown at the end.
   */
  private void settleAll(List<Snapshot> changed) {
    List<Throwable> failures =
        (engine.isParallel() && changed.size() > 1 ? changed.parallelStream() : changed.stream())
            .<Throwable>mapMulti(
                (snapshot, failed) -> {
                  try {
                    settle(snapshot);
                  } catch (Throwable e) {
                    failed.accept(e);
                  }
                })
            .toList();
    if (!failures.isEmpty()) {
      Throwable first = failures.get(0);
      failures.stream().skip(1).forEach(first::addSuppressed);
      Throwables.throwIfUnchecked(first);
      throw new IllegalStateException(first);
    }
  }

  @Override
  public synchronized boolean remove(String contactId) {
    requireNonNull(contactId, "contactId");
    Optional<Contact> contact = network.contact(contactId);
    if (contact.isEmpty()) {
      return false;
    }
    network.remove(contactId);
    int slot = index.slotOf(contact.get().id());
    if (slot != NONE) {
      index.clear(slot);
      rendered.remove(contact.get().id());
    }
    return true;
  }

  /**
   * Notes that the network has just changed a contact, and reads it for evaluation. A contact new
   * to the index gets an empty slot: queries see it once its evaluation is applied.
   */
  private Snapshot changed(String contactId) {
    Contact contact = network.contact(contactId).orElseThrow();
    index.addEmpty(contact);
    return snapshot(contact, now);
  }

  /**
   * Evaluates a changed contact outside the lock and applies the result under it, unless the
   * network changed the contact again meanwhile: then it evaluates the newer state, so that when a
   * change returns, every later query sees it. Queries meanwhile see the contact as it was. If the
   * evaluation fails (only an error of the JVM itself can escape it), the contact is left due for
   * re-evaluation at the next query rather than stale.
   */
  private void settle(Snapshot changed) {
    Snapshot read = changed;
    for (int round = 1; ; round++) {
      boolean locked = round >= OPTIMISTIC_ROUNDS;
      @Nullable Evaluated evaluated = locked ? null : evaluateOrLeaveDue(read);
      synchronized (this) {
        String id = read.contact().id();
        if (!network.contains(id)) {
          return; // removed meanwhile
        }
        if (evaluated != null && isCurrent(read)) {
          apply(evaluated);
          return;
        }
        read = snapshot(network.contact(id).orElseThrow(), now);
        if (locked) {
          apply(evaluateOrLeaveDue(read));
          return;
        }
      }
    }
  }

  private Evaluated evaluateOrLeaveDue(Snapshot read) {
    try {
      return evaluate(read);
    } catch (Throwable e) {
      synchronized (this) {
        int slot = index.slotOf(read.contact().id());
        if (slot != NONE && network.contains(read.contact().id())) {
          index.setTimer(slot, now);
        }
      }
      throw e;
    }
  }

  /** Whether the network still holds what a snapshot read of its contact. */
  private boolean isCurrent(Snapshot read) {
    if (network.version() == read.version()) {
      return true;
    }
    String id = read.contact().id();
    return network.contact(id).filter(c -> same(c, read.contact())).isPresent()
        && same(network.history(id), read.latest());
  }

  /**
   * Whether two references are one object: a network replaces a contact's contact and history
   * objects with new ones at every change, so the same object means no change since it was read (an
   * equal object would not: a contact updated to equal values is still a change to evaluate).
   */
  @SuppressWarnings("ReferenceEquality") // identity, on purpose
  private static boolean same(Object a, Object b) {
    return a == b;
  }

  @Override
  public FollowUpQueue queue(QueueRequest request) {
    requireNonNull(request, "request");
    Instant asOf = request.asOf();
    for (int round = 1; ; round++) {
      boolean locked = round >= OPTIMISTIC_ROUNDS;
      List<Snapshot> due;
      @Nullable Merge merge = null;
      synchronized (this) {
        checkArgument(
            !asOf.isBefore(now),
            "asOf %s is before the index's time %s; the index only moves forward, build a new one"
                + " to look back",
            asOf,
            now);
        due = locked ? List.of() : due(asOf);
        if (due.isEmpty()) {
          advanceTo(asOf);
          merge = merge(request, locked);
        }
      }
      if (merge == null) {
        List<Evaluated> evaluated = map(due, this::evaluate);
        synchronized (this) {
          for (Evaluated e : evaluated) {
            if (isCurrent(e.read())) {
              apply(e);
            }
          }
        }
      } else if (!merge.missing().isEmpty()) {
        List<Rendered> made = map(merge.missing(), r -> r.render(rules));
        synchronized (this) {
          for (int i = 0; i < made.size(); i++) {
            keep(merge.missing().get(i), made.get(i));
          }
        }
      } else {
        int total = merge.total();
        if (!merge.toCount().isEmpty()) {
          for (boolean matches : map(merge.toCount(), r -> r.matches(rules, request.filter()))) {
            total += matches ? 1 : 0;
          }
        }
        return new FollowUpQueue(
            asOf, merge.page(), Math.max(total, merge.page().size()), merge.failures());
      }
    }
  }

  /** Evaluates or renders outside the lock, on all cores if the engine is parallel. */
  private <T, R> List<R> map(List<T> work, Function<T, R> evaluation) {
    return (engine.isParallel() && work.size() > 1 ? work.parallelStream() : work.stream())
        .map(evaluation)
        .toList();
  }

  /**
   * Merges the buckets' heaps into the page, in the queue's order. Each entry on the page needs its
   * reasons rendered: from the cache, or, if not there, by the rules; unless {@code locked}, those
   * are not rendered under the lock, but listed as missing for the caller to render outside it.
   */
  private Merge merge(QueueRequest request, boolean locked) {
    Instant asOf = request.asOf();
    QueueFilter filter = request.filter();
    long wanted = (long) request.offset() + request.limit();

    int expected = (int) Math.min(wanted, 1_000);
    ScoreIndex.Ranking ranking = index.ranking(asOf, expected);
    List<QueueEntry> ranked = new ArrayList<>(expected);
    List<RuleFailure> failures = new ArrayList<>();
    List<Reading> missing = new ArrayList<>(0);
    while (ranked.size() + missing.size() < wanted) {
      int slot = ranking.next();
      if (slot == NONE || (request.dueOnly() && ranking.score() < 0)) {
        break;
      }
      if (!filter.matches(index.contact(slot))) {
        continue;
      }
      Rendered rendered = rendered(slot, asOf, locked);
      if (rendered == null) {
        missing.add(reading(slot, asOf));
        continue;
      }
      Optional<QueueEntry> entry = rendered.entry();
      if (entry.isPresent()
          && filter.matches(entry.get())
          && (!request.dueOnly() || entry.get().isDueAt(asOf))) {
        if (ranked.size() >= request.offset()) {
          failures.addAll(rendered.failures());
        }
        ranked.add(entry.get());
      }
    }
    if (!missing.isEmpty()) {
      return new Merge(List.of(), List.of(), 0, List.of(), missing);
    }
    List<QueueEntry> page =
        request.offset() >= ranked.size()
            ? List.of()
            : ranked.subList(request.offset(), (int) Math.min(wanted, ranked.size()));
    List<Reading> toCount = new ArrayList<>(0);
    int total = countMatching(request, ranked.size(), toCount);
    return new Merge(page, failures, total, toCount, List.of());
  }

  /**
   * How many entries match the request, as far as the index can tell without the rules; a filter on
   * channels needs each contact's entry, so the contacts left to render are added to {@code
   * toCount}, to be rendered and counted outside the lock.
   */
  private int countMatching(QueueRequest request, int ranked, List<Reading> toCount) {
    if (request.filter().equals(QueueFilter.all()) && !request.dueOnly()) {
      return index.withEntries();
    }
    if (ranked < (long) request.offset() + request.limit()) {
      return ranked;
    }
    int n = 0;
    for (int slot = 0; slot < index.slotCount(); slot++) {
      if (!index.hasEntry(slot) || !request.filter().matches(index.contact(slot))) {
        continue;
      }
      if (request.dueOnly() && !index.isDueBy(slot, request.asOf())) {
        continue;
      }
      if (request.filter().channels().isEmpty()) {
        n++;
      } else {
        toCount.add(reading(slot, request.asOf()));
      }
    }
    return n;
  }

  /**
   * Reads the contacts whose answer may have changed by an instant (their timer is due), to be
   * evaluated outside the lock.
   */
  private List<Snapshot> due(Instant asOf) {
    List<Snapshot> due = new ArrayList<>(0);
    for (int slot : index.timersDueBy(asOf)) {
      due.add(snapshot(network.contact(index.contact(slot).id()).orElseThrow(), asOf));
    }
    return due;
  }

  /**
   * Re-evaluates, under the lock, every contact whose timer is due by an instant, and moves the
   * index's time there.
   */
  private void advanceTo(Instant asOf) {
    // Each evaluation's timer lies after asOf (see evaluate), so this loop ends.
    for (int slot = index.firstDueTimer(asOf); slot != NONE; slot = index.firstDueTimer(asOf)) {
      Contact contact = network.contact(index.contact(slot).id()).orElseThrow();
      apply(evaluateOrLeaveDue(snapshot(contact, asOf)));
    }
    now = asOf;
  }

  /**
   * The contact's queue entry as of an instant, rendered with its reasons: kept until the contact
   * changes or a query asks about another instant, so that asking for the same page again (after
   * recording a touchpoint with one of its contacts, say) renders only what changed. Null if it is
   * not kept and {@code locked} is false: it is then to be rendered outside the lock.
   */
  private @Nullable Rendered rendered(int slot, Instant asOf, boolean locked) {
    if (!asOf.equals(renderedAt) || rendered.size() >= RENDERED_MAX) {
      rendered.clear();
      renderedAt = asOf;
    }
    String id = index.contact(slot).id();
    Rendered kept = rendered.get(id);
    if (kept != null || !locked) {
      return kept;
    }
    Rendered made = reading(slot, asOf).render(rules);
    rendered.put(id, made);
    return made;
  }

  /**
   * Keeps an entry rendered outside the lock, if the index still holds the contact as it was read
   * and no query has asked about another instant since.
   */
  private void keep(Reading read, Rendered made) {
    int slot = index.slotOf(read.contact().id());
    if (slot != NONE
        && same(index.contact(slot), read.contact())
        && same(index.history(slot), read.history())
        && read.asOf().equals(renderedAt)
        && rendered.size() < RENDERED_MAX) {
      rendered.put(read.contact().id(), made);
    }
  }

  private Reading reading(int slot, Instant asOf) {
    return new Reading(index.contact(slot), index.history(slot), asOf);
  }

  /** Reads a contact from the network, under the lock, for an evaluation as of an instant. */
  private Snapshot snapshot(Contact contact, Instant at) {
    String id = contact.id();
    ContactHistory latest = network.history(id);
    boolean settled = latest.lastTouch().map(last -> !last.isAfter(at)).orElse(true);
    return new Snapshot(
        contact,
        settled ? latest : network.history(id, at),
        latest,
        settled ? Instant.MAX : network.nextTouchAfter(id, at).orElse(Instant.MAX),
        at,
        network.version());
  }

  /**
   * A contact as of an instant, with the next instant its answer may change, which is always after
   * the instant: a contact not created yet changes when it is; a rule that says its answer holds
   * only until that instant or earlier is asked again at the next later instant. Reads nothing but
   * the snapshot, so it runs outside the lock.
   */
  private Evaluated evaluate(Snapshot read) {
    Contact contact = read.contact();
    Instant asOf = read.at();
    if (!ContactEvaluation.exists(contact, asOf)) {
      return new Evaluated(
          read,
          new ScoreIndex.Scored(
              contact, read.history(), List.of(), Instant.MAX, Instant.MIN, contact.createdAt()));
    }
    Optional<Collected> collected =
        ContactEvaluation.collect(rules, contact, read.history(), asOf, new ArrayList<>());
    Instant changes = read.nextTouch();
    Instant due = Instant.MAX;
    Instant holdUntil = Instant.MIN;
    List<ScoreIndex.Spec> specs = new ArrayList<>(2);
    if (collected.isPresent()) {
      List<Said> said = collected.get().said();
      changes = earlier(changes, collected.get().validUntil());
      holdUntil = ContactEvaluation.holdUntil(said);
      List<FollowUp> saturated = new ArrayList<>(0);
      for (Said s : said) {
        if (s.suggestion() instanceof FollowUp f) {
          Instant effective = ContactEvaluation.later(f.due(), holdUntil);
          due = earlier(due, effective);
          boolean held = effective.isAfter(asOf);
          if (held) {
            changes = earlier(changes, effective);
          } else if (ContactEvaluation.isSaturated(f, asOf)) {
            saturated.add(f);
            continue;
          } else if (f.saturation().isPresent()) {
            changes = earlier(changes, saturatesAt(f));
          }
          specs.add(
              new ScoreIndex.Spec(
                  new ScoreIndex.Bucket(f.weight(), held ? 0.0 : f.bonus(), held), f.due()));
        }
      }
      // A saturated follow-up scores the same from now on: a flat piece at its contact's due
      // instant, which orders the ties of a flat bucket as the queue does.
      for (FollowUp f : saturated) {
        double flat =
            Urgency.saturated(f.weight(), f.bonus(), ContactEvaluation.saturationMillis(f));
        specs.add(new ScoreIndex.Spec(new ScoreIndex.Bucket(0.0, flat, false), due));
      }
    }
    if (!changes.isAfter(asOf)) {
      changes = asOf.plusNanos(1);
    }
    return new Evaluated(
        read,
        new ScoreIndex.Scored(
            contact,
            read.history(),
            specs,
            due,
            holdUntil,
            changes.equals(Instant.MAX) ? null : changes));
  }

  /**
   * Replaces what the index holds of a contact with a newer evaluation of it, and moves the index's
   * time to the instant of the evaluation if it is later: the evaluation holds from that instant
   * on, so no query may ask about an earlier one from then on.
   */
  private void apply(Evaluated evaluated) {
    rendered.remove(evaluated.read().contact().id());
    index.put(evaluated.scored());
    if (evaluated.read().at().isAfter(now)) {
      now = evaluated.read().at();
    }
  }

  /** The instant a follow-up's score stops growing, or the last one the index can keep. */
  private static Instant saturatesAt(FollowUp f) {
    try {
      return f.due().plus(f.saturation().orElseThrow());
    } catch (ArithmeticException | DateTimeException e) {
      return Instant.MAX;
    }
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public synchronized <T> T read(Function<? super Network, T> reader) {
    return requireNonNull(reader, "reader").apply(network.view());
  }

  @Override
  public synchronized String toString() {
    return "QueueIndex[now=" + now + ", contacts=" + index.slotCount() + ", " + engine + "]";
  }
}

package io.github.cadence.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.github.cadence.engine.ContactEvaluation.Collected;
import io.github.cadence.engine.ContactEvaluation.Said;
import io.github.cadence.history.ContactHistory;
import io.github.cadence.history.Network;
import io.github.cadence.internal.Checks;
import io.github.cadence.model.Contact;
import io.github.cadence.model.Touchpoint;
import io.github.cadence.rule.Suggestion.FollowUp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up queue kept up to date incrementally, for "top k as of now" on large networks.
 *
 * <p>Each contact's follow-ups are stored as <em>pieces</em>: between two known instants (a hold
 * ending, a date passing, a rule's {@code validUntil}, a future-dated touchpoint becoming past) a
 * follow-up scores {@code weight × days overdue + bonus}, a function of time whose order against
 * another piece of the same weight and bonus never changes. Pieces are kept in one binary heap per
 * (weight, bonus) bucket, ordered by due instant (then by the contact's due instant and id, the
 * queue's own tie-breaks: within a bucket a later piece never scores higher, and, for scores below
 * ten million, never the same). A query is a k-way merge, as in the design notes: the bucket heads
 * are the first candidates, and a piece's two children in its heap become candidates once it is
 * taken, so a page of k entries looks at about 3k pieces whatever the network's size. It skips
 * contacts already taken, and evaluates only the contacts it returns, to give them their reasons
 * (kept until the contact changes or a query asks about another instant, so that asking again
 * renders only what changed). A timer heap, ordered by the next instant a contact's answer may
 * change, tells which contacts to re-evaluate when time advances: nothing else is touched.
 * Recording a touchpoint re-evaluates that one contact, and moves its pieces and timer in
 * logarithmic time.
 *
 * <p>Why heaps of ints rather than tree sets or a timing wheel: a contact and its pieces live in
 * primitive arrays indexed by number (instants as milliseconds plus the nanoseconds within the
 * millisecond), and each heap holds piece or contact numbers and tells each number its position, so
 * any piece is removed without a search. A tree set costs an entry object and a cache miss per
 * level for every piece; a timing wheel orders only by time, while a bucket must also break ties
 * the queue's way, and lists a page in order only after sorting a slot. At a million contacts the
 * index costs about a third of the memory the tree sets did.
 *
 * <p>The results are identical to {@link CadenceEngine#queue(Network, QueueRequest)} for the same
 * network, rules and instant (a property test checks this after random operations), with two
 * differences: {@link FollowUpQueue#failures()} holds the failures of the returned contacts only,
 * and a filtered or due-only request counts {@link FollowUpQueue#totalMatching()} by scanning the
 * index. Time only moves forward: a query about an earlier instant than the last one is rejected.
 * Rules must state their validity honestly ({@link
 * io.github.cadence.rule.Evaluation#validUntil()}): the index asks a contact again only when its
 * history changes or its validity ends.
 *
 * <p>A contact created after the index's instant does not exist yet: it enters the queue when a
 * query reaches its creation. A rule failure stays that contact's and that rule's, as in the
 * engine. A rule whose answer says it holds only until the instant asked about or earlier is asked
 * again at the next later query, never twice for the same instant.
 *
 * <p>All changes go through the index ({@link #add}, {@link #update}, {@link #record}, {@link
 * #remove}): a change made to the network directly is detected, and the index then refuses to
 * answer (build a new one). A query that is refused leaves the index as it was.
 *
 * <p>Thread-safe, and no thread waits for another's rules. A change is made to the network under
 * the index's lock; the contact is then evaluated outside the lock, and the result applied under it
 * (if the contact changed again meanwhile, the newer state is evaluated instead). A change returns
 * once it is applied, so every query that starts after it sees it; a query that runs while it is
 * evaluated sees the contact as it was, consistently. Queries likewise re-evaluate the contacts
 * whose time has come, and word the reasons of their page, outside the lock. Under heavy contention
 * on the same contacts, a change or query that keeps finding its reading outdated evaluates under
 * the lock, so that it ends. Time moves to the latest instant any query has asked about; a query
 * about an earlier instant is refused, as when it comes after the later one. A rule that never
 * returns still blocks the change or query that runs it: give the engine an {@linkplain
 * CadenceEngine#withEvaluationBudget evaluation budget} to bound that.
 */
public final class QueueIndex {
  /** No piece, no slot, no position. */
  private static final int NONE = -1;

  /** The most rendered entries kept between two queries at the same instant. */
  private static final int RENDERED_MAX = 10_000;

  /**
   * How many times a change or a query evaluates outside the lock and finds, on taking the lock
   * again, that what it read has changed meanwhile, before it evaluates under the lock instead, so
   * that it ends even while other threads keep changing the same contacts.
   */
  private static final int OPTIMISTIC_ROUNDS = 4;

  private final CadenceEngine engine;
  private final Network network;
  private final EnabledRules rules;
  private final Map<Bucket, BucketHeap> buckets = new HashMap<>();
  private final Map<String, Rendered> rendered = new HashMap<>();
  private final Slots slots = new Slots();
  private final Pieces pieces = new Pieces();
  private final Timers timers = new Timers();
  private Instant now;
  private int withEntries;

  // Per contact slot: the contact and the history its evaluation read (what queries see of it,
  // until a newer evaluation is applied), its due instant after holds (as milliseconds and the
  // nanoseconds within the millisecond; Long.MAX_VALUE when it has no piece), its first piece, the
  // end of its longest hold (Long.MIN_VALUE for none), and when it must be evaluated again.
  private Contact[] contacts = new Contact[0];
  private ContactHistory[] histories = new ContactHistory[0];
  private long[] dueMillis = new long[0];
  private final SubMillis dueNanos = new SubMillis();
  private int[] firstPiece = new int[0];
  private long[] holdMillis = new long[0];
  private final SubMillis holdNanos = new SubMillis();
  private long[] timerMillis = new long[0];
  private final SubMillis timerNanos = new SubMillis();
  private int[] timerPosition = new int[0];

  /** The (weight, bonus) of a bucket; held pieces score without bonus and sit apart. */
  private record Bucket(double weight, double bonus, boolean held) {}

  /** A follow-up as evaluated, before it has a piece number. */
  private record Spec(Bucket bucket, Instant due) {}

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

  /**
   * A contact as evaluated: its follow-ups, its due instant, the end of its longest hold ({@link
   * Instant#MIN} for none) and its next change (null for none).
   */
  private record Evaluated(
      Snapshot read, List<Spec> specs, Instant due, Instant hold, @Nullable Instant timer) {}

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

  /** A contact's queue entry as of {@link #renderedAt}, with the failures met rendering it. */
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

  private @Nullable Instant renderedAt;

  /** The network's version after the index's last change: any other means a change behind it. */
  private long networkVersion;

  private QueueIndex(CadenceEngine engine, Network network, Instant asOf) {
    this.engine = engine;
    this.network = network;
    this.rules = engine.enabled();
    this.now = asOf;
    this.networkVersion = network.version();
  }

  /**
   * Builds the index of a network as of an instant, evaluating every contact once (on all cores if
   * the engine is {@linkplain CadenceEngine#parallel() parallel}).
   *
   * @param engine the engine whose rules the index evaluates
   * @param network the network; from now on change it through the index only
   * @param asOf the instant the index starts at; between the years 1900 and 9999
   * @return the index
   */
  public static QueueIndex build(CadenceEngine engine, Network network, Instant asOf) {
    requireNonNull(engine, "engine");
    requireNonNull(network, "network");
    Checks.checkInstant(asOf, "asOf");
    QueueIndex index = new QueueIndex(engine, network, asOf);
    List<Contact> all = network.contacts();
    List<Evaluated> evaluated =
        (engine.isParallel() ? all.parallelStream() : all.stream())
            .map(c -> index.evaluate(index.snapshot(c, asOf)))
            .toList();
    index.load(evaluated);
    return index;
  }

  /**
   * Fills an empty index in bulk: pieces and timers are appended unordered and each heap is ordered
   * once, in linear time, instead of being inserted one by one.
   */
  private void load(List<Evaluated> evaluated) {
    ensureSlots(evaluated.size());
    // Arrays sized exactly: grown one by one they would keep a sixth of their room unused.
    Map<Bucket, Integer> perBucket = new HashMap<>();
    int total = 0;
    int timed = 0;
    for (Evaluated e : evaluated) {
      for (Spec spec : e.specs()) {
        perBucket.merge(spec.bucket(), 1, Integer::sum);
      }
      total += e.specs().size();
      timed += e.timer() == null ? 0 : 1;
    }
    pieces.reserve(total);
    perBucket.forEach((key, count) -> buckets.computeIfAbsent(key, BucketHeap::new).reserve(count));
    timers.reserve(timed);
    for (Evaluated e : evaluated) {
      int slot = slots.add(e.read().contact().id());
      contacts[slot] = e.read().contact();
      histories[slot] = e.read().history();
      place(slot, e, false);
    }
    buckets.values().forEach(BucketHeap::heapify);
    timers.heapify();
  }

  /**
   * The instant the index is at: the latest instant it was asked about.
   *
   * @return the instant
   */
  public synchronized Instant now() {
    return now;
  }

  /** Refuses to go on if the network was changed other than through this index. */
  private void checkInSync() {
    checkState(
        network.version() == networkVersion,
        "the network was changed directly while a QueueIndex keeps its queue, which is now stale:"
            + " change the network through the index (add, update, record, remove), or build a new"
            + " index");
  }

  /**
   * How many contacts the index holds an entry for (archived contacts and contacts no rule asks to
   * follow up have none).
   *
   * @return the count
   */
  public synchronized int size() {
    return withEntries;
  }

  /**
   * Adds a contact to the network and the index. A contact created after {@link #now()} enters the
   * queue once a query reaches its creation.
   *
   * @param contact the contact
   * @throws IllegalArgumentException if its id is taken; nothing changes then
   */
  public void add(Contact contact) {
    requireNonNull(contact, "contact");
    Snapshot changed;
    synchronized (this) {
      checkInSync();
      network.add(contact);
      changed = changed(contact.id());
    }
    settle(changed);
  }

  /**
   * Replaces a contact in the network and re-evaluates it.
   *
   * @param contact the new version of the contact
   * @throws IllegalArgumentException if no contact has its id; nothing changes then
   */
  public void update(Contact contact) {
    requireNonNull(contact, "contact");
    Snapshot changed;
    synchronized (this) {
      checkInSync();
      network.update(contact);
      changed = changed(contact.id());
    }
    settle(changed);
  }

  /**
   * Records a touchpoint in the network and re-evaluates its contact, and only it.
   *
   * @param touchpoint the touchpoint, of any date
   * @throws IllegalArgumentException if its contact is not in the network; nothing changes then
   */
  public void record(Touchpoint touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    Snapshot changed;
    synchronized (this) {
      checkInSync();
      network.record(touchpoint);
      changed = changed(touchpoint.contactId());
    }
    settle(changed);
  }

  /**
   * Removes a contact and its touchpoints from the network and the index.
   *
   * @param contactId the contact's id
   * @return true if the contact was in the network
   */
  public synchronized boolean remove(String contactId) {
    requireNonNull(contactId, "contactId");
    checkInSync();
    Optional<Contact> contact = network.contact(contactId);
    if (contact.isEmpty()) {
      return false;
    }
    network.remove(contactId);
    networkVersion = network.version();
    int slot = slots.get(contact.get().id());
    if (slot != NONE) {
      clear(slot);
      rendered.remove(contact.get().id());
    }
    return true;
  }

  /**
   * Notes that the network has just changed a contact, and reads it for evaluation. A contact new
   * to the index gets an empty slot: queries see it once its evaluation is applied.
   */
  private Snapshot changed(String contactId) {
    networkVersion = network.version();
    Contact contact = network.contact(contactId).orElseThrow();
    if (slots.get(contact.id()) == NONE) {
      ensureSlots(slots.size() + 1);
      int slot = slots.add(contact.id());
      contacts[slot] = contact;
      histories[slot] = ContactHistory.empty();
      firstPiece[slot] = NONE;
      timerPosition[slot] = NONE;
    }
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
        int slot = slots.get(read.contact().id());
        if (slot != NONE && network.contains(read.contact().id())) {
          setTimer(slot, now);
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

  /**
   * The queue for a request, read from the index: the best {@code offset + limit} entries as of the
   * request's instant, after re-evaluating the contacts whose answer changed since {@link #now()}.
   *
   * @param request the request; its instant must not be before {@link #now()}
   * @return the queue page
   * @throws IllegalArgumentException if the request's instant is before {@link #now()}
   */
  public FollowUpQueue queue(QueueRequest request) {
    requireNonNull(request, "request");
    Instant asOf = request.asOf();
    for (int round = 1; ; round++) {
      boolean locked = round >= OPTIMISTIC_ROUNDS;
      List<Snapshot> due;
      @Nullable Merge merge = null;
      synchronized (this) {
        checkInSync();
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

    long asOfMillis = millis(asOf);
    int asOfNanos = subMillisecond(asOf);
    // A k-way merge of the buckets' heaps: a piece becomes a candidate once its parent in its heap
    // is taken, so the candidates are the bucket heads and the children of what was taken.
    int expected = (int) Math.min(wanted, 1_000);
    PriorityQueue<Candidate> candidates = new PriorityQueue<>(buckets.size() + 3 * expected);
    for (BucketHeap bucket : buckets.values()) {
      if (bucket.size() > 0) {
        candidates.add(new Candidate(bucket, 0, asOfMillis, asOfNanos));
      }
    }
    TakenSlots taken = new TakenSlots();
    List<QueueEntry> ranked = new ArrayList<>(expected);
    List<RuleFailure> failures = new ArrayList<>();
    List<Reading> missing = new ArrayList<>(0);
    while (!candidates.isEmpty() && ranked.size() + missing.size() < wanted) {
      Candidate head = candidates.poll();
      for (int child = 2 * head.position + 1;
          child <= 2 * head.position + 2 && child < head.bucket.size();
          child++) {
        candidates.add(new Candidate(head.bucket, child, asOfMillis, asOfNanos));
      }
      if (request.dueOnly() && head.score < 0) {
        break;
      }
      Contact contact = contacts[head.slot];
      if (!taken.add(head.slot) || !filter.matches(contact)) {
        continue;
      }
      Rendered rendered = rendered(head.slot, asOf, locked);
      if (rendered == null) {
        missing.add(reading(head.slot, asOf));
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
      return withEntries;
    }
    if (ranked < (long) request.offset() + request.limit()) {
      return ranked;
    }
    int n = 0;
    long asOfMillis = millis(request.asOf());
    int asOfNanos = subMillisecond(request.asOf());
    for (int slot = 0; slot < slots.size(); slot++) {
      Contact contact = contacts[slot];
      if (firstPiece[slot] == NONE || !request.filter().matches(contact)) {
        continue;
      }
      if (request.dueOnly()
          && compare(dueMillis[slot], dueNanos.get(slot), asOfMillis, asOfNanos) > 0) {
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

  /** A piece that may come next during a merge: where it sits in its bucket, and its score. */
  private final class Candidate implements Comparable<Candidate> {
    final BucketHeap bucket;
    final int position;
    final int slot;
    final double score;

    Candidate(BucketHeap bucket, int position, long asOfMillis, int asOfNanos) {
      this.bucket = bucket;
      this.position = position;
      int piece = bucket.get(position);
      this.slot = pieces.slot[piece];
      this.score = pieces.score(piece, bucket.key, asOfMillis, asOfNanos);
    }

    /** The queue's order: score descending, then the contact's due instant, then its id. */
    @Override
    public int compareTo(Candidate o) {
      int c = Double.compare(o.score, score);
      return c != 0 ? c : compareContacts(slot, o.slot);
    }
  }

  /**
   * Reads the contacts whose answer may have changed by an instant (their timer is due), to be
   * evaluated outside the lock: the timer heap is walked from its root down to the first timer
   * after {@code asOf} on each path.
   */
  private List<Snapshot> due(Instant asOf) {
    long asOfMillis = millis(asOf);
    int asOfNanos = subMillisecond(asOf);
    if (timers.size() == 0
        || compare(timerMillis[timers.get(0)], timerNanos.get(timers.get(0)), asOfMillis, asOfNanos)
            > 0) {
      return List.of(); // the usual case: nothing is due since the last query
    }
    List<Snapshot> due = new ArrayList<>();
    ArrayDeque<Integer> positions = new ArrayDeque<>();
    positions.add(0);
    while (!positions.isEmpty()) {
      int position = positions.poll();
      if (position >= timers.size()) {
        continue;
      }
      int slot = timers.get(position);
      if (compare(timerMillis[slot], timerNanos.get(slot), asOfMillis, asOfNanos) <= 0) {
        due.add(snapshot(network.contact(contacts[slot].id()).orElseThrow(), asOf));
        positions.add(2 * position + 1);
        positions.add(2 * position + 2);
      }
    }
    return due;
  }

  /**
   * Re-evaluates, under the lock, every contact whose timer is due by an instant, and moves the
   * index's time there.
   */
  private void advanceTo(Instant asOf) {
    long asOfMillis = millis(asOf);
    int asOfNanos = subMillisecond(asOf);
    while (timers.size() > 0) {
      int slot = timers.get(0);
      if (compare(timerMillis[slot], timerNanos.get(slot), asOfMillis, asOfNanos) > 0) {
        break;
      }
      // Each evaluation's timer lies after asOf (see evaluate), so this loop ends.
      apply(evaluateOrLeaveDue(snapshot(network.contact(contacts[slot].id()).orElseThrow(), asOf)));
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
    Rendered kept = rendered.get(contacts[slot].id());
    if (kept != null || !locked) {
      return kept;
    }
    Rendered made = reading(slot, asOf).render(rules);
    rendered.put(contacts[slot].id(), made);
    return made;
  }

  /**
   * Keeps an entry rendered outside the lock, if the index still holds the contact as it was read
   * and no query has asked about another instant since.
   */
  private void keep(Reading read, Rendered made) {
    int slot = slots.get(read.contact().id());
    if (slot != NONE
        && same(contacts[slot], read.contact())
        && same(histories[slot], read.history())
        && read.asOf().equals(renderedAt)
        && rendered.size() < RENDERED_MAX) {
      rendered.put(read.contact().id(), made);
    }
  }

  private Reading reading(int slot, Instant asOf) {
    return new Reading(contacts[slot], histories[slot], asOf);
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
      return new Evaluated(read, List.of(), Instant.MAX, Instant.MIN, contact.createdAt());
    }
    Optional<Collected> collected =
        ContactEvaluation.collect(rules, contact, read.history(), asOf, new ArrayList<>());
    Instant changes = read.nextTouch();
    Instant due = Instant.MAX;
    Instant holdUntil = Instant.MIN;
    List<Spec> specs = new ArrayList<>(2);
    if (collected.isPresent()) {
      List<Said> said = collected.get().said();
      changes = earlier(changes, collected.get().validUntil());
      holdUntil = ContactEvaluation.holdUntil(said);
      for (Said s : said) {
        if (s.suggestion() instanceof FollowUp f) {
          Instant effective = ContactEvaluation.later(f.due(), holdUntil);
          due = earlier(due, effective);
          boolean held = effective.isAfter(asOf);
          if (held) {
            changes = earlier(changes, effective);
          }
          specs.add(new Spec(new Bucket(f.weight(), held ? 0.0 : f.bonus(), held), f.due()));
        }
      }
    }
    if (!changes.isAfter(asOf)) {
      changes = asOf.plusNanos(1);
    }
    return new Evaluated(read, specs, due, holdUntil, changes.equals(Instant.MAX) ? null : changes);
  }

  /**
   * Replaces what the index holds of a contact with a newer evaluation of it, and moves the index's
   * time to the instant of the evaluation if it is later: the evaluation holds from that instant
   * on, so no query may ask about an earlier one from then on.
   */
  private void apply(Evaluated evaluated) {
    Contact contact = evaluated.read().contact();
    String id = contact.id();
    rendered.remove(id);
    int slot = slots.get(id);
    clear(slot);
    contacts[slot] = contact;
    histories[slot] = evaluated.read().history();
    place(slot, evaluated, true);
    if (evaluated.read().at().isAfter(now)) {
      now = evaluated.read().at();
    }
  }

  /** Sets when a contact is to be evaluated again, replacing its timer. */
  private void setTimer(int slot, Instant at) {
    if (timerPosition[slot] != NONE) {
      timers.removeAt(timerPosition[slot]);
    }
    timerMillis[slot] = millis(at);
    timerNanos.set(slot, subMillisecond(at), contacts.length);
    timers.add(slot);
  }

  /**
   * Takes a slot's pieces out of their buckets and its timer out of the timers. A removed contact's
   * slot stays, empty, and is used again if a contact with its id comes back.
   */
  private void clear(int slot) {
    for (int p = firstPiece[slot]; p != NONE; ) {
      BucketHeap bucket = requireNonNull(pieces.bucket[p]);
      bucket.removeAt(pieces.position[p]);
      if (bucket.size() == 0) {
        buckets.remove(bucket.key);
      }
      int next = pieces.next[p];
      pieces.free(p);
      p = next;
    }
    if (firstPiece[slot] != NONE) {
      withEntries--;
    }
    if (timerPosition[slot] != NONE) {
      timers.removeAt(timerPosition[slot]);
    }
    firstPiece[slot] = NONE;
    timerPosition[slot] = NONE;
  }

  /**
   * Stores a contact's evaluation in its slot: its pieces in their buckets and its timer. With
   * {@code ordered} false, the heaps are only appended to, for {@link #load} to order at the end.
   */
  private void place(int slot, Evaluated evaluated, boolean ordered) {
    dueMillis[slot] = millis(evaluated.due());
    dueNanos.set(slot, subMillisecond(evaluated.due()), contacts.length);
    holdMillis[slot] = millis(evaluated.hold());
    holdNanos.set(slot, subMillisecond(evaluated.hold()), contacts.length);
    firstPiece[slot] = NONE;
    int previous = NONE;
    for (int rank = 0; rank < evaluated.specs().size(); rank++) {
      Spec spec = evaluated.specs().get(rank);
      BucketHeap bucket = buckets.computeIfAbsent(spec.bucket(), BucketHeap::new);
      int p = pieces.allocate(slot, bucket, spec.due(), rank);
      if (previous == NONE) {
        firstPiece[slot] = p;
      } else {
        pieces.next[previous] = p;
      }
      previous = p;
      if (ordered) {
        bucket.add(p);
      } else {
        bucket.append(p);
      }
    }
    if (previous != NONE) {
      withEntries++;
    }
    timerPosition[slot] = NONE;
    Instant timer = evaluated.timer();
    if (timer != null) {
      if (ordered) {
        setTimer(slot, timer);
      } else {
        timerMillis[slot] = millis(timer);
        timerNanos.set(slot, subMillisecond(timer), contacts.length);
        timers.append(slot);
      }
    }
  }

  private void ensureSlots(int needed) {
    if (needed <= contacts.length) {
      return;
    }
    int capacity = Math.max(needed, contacts.length + (contacts.length >> 1) + 16);
    contacts = Arrays.copyOf(contacts, capacity);
    histories = Arrays.copyOf(histories, capacity);
    dueMillis = Arrays.copyOf(dueMillis, capacity);
    dueNanos.grow(capacity);
    firstPiece = Arrays.copyOf(firstPiece, capacity);
    holdMillis = Arrays.copyOf(holdMillis, capacity);
    holdNanos.grow(capacity);
    timerMillis = Arrays.copyOf(timerMillis, capacity);
    timerNanos.grow(capacity);
    timerPosition = Arrays.copyOf(timerPosition, capacity);
  }

  /** The queue's tie-break between two contacts: their due instant, then their id. */
  private int compareContacts(int a, int b) {
    int c = compare(dueMillis[a], dueNanos.get(a), dueMillis[b], dueNanos.get(b));
    return c != 0 ? c : contacts[a].id().compareTo(contacts[b].id());
  }

  /** Compares two instants given as milliseconds and the nanoseconds within the millisecond. */
  private static int compare(long aMillis, int aNanos, long bMillis, int bNanos) {
    int c = Long.compare(aMillis, bMillis);
    return c != 0 ? c : Integer.compare(aNanos, bNanos);
  }

  /**
   * The instant's milliseconds since the epoch; instants beyond what a long holds (such as {@link
   * Instant#MAX}, "never") saturate.
   */
  private static long millis(Instant instant) {
    if (instant.equals(Instant.MAX)) {
      return Long.MAX_VALUE;
    }
    if (instant.equals(Instant.MIN)) {
      return Long.MIN_VALUE;
    }
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** The nanoseconds within the instant's millisecond. */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the part below a millisecond, on purpose
  static int subMillisecond(Instant instant) {
    return instant.getNano() % 1_000_000;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * The nanoseconds within the millisecond of an instant per number. Touchpoints are kept to the
   * millisecond and the built-in rules' instants follow from them and from dates, so these are
   * nearly always zero: no array is allocated until one is not.
   */
  private static final class SubMillis {
    private int @Nullable [] nanos;

    int get(int number) {
      int[] n = nanos;
      return n == null ? 0 : n[number];
    }

    void set(int number, int value, int capacity) {
      if (value != 0 && nanos == null) {
        nanos = new int[capacity];
      }
      if (nanos != null) {
        nanos[number] = value;
      }
    }

    void grow(int capacity) {
      if (nanos != null) {
        nanos = Arrays.copyOf(nanos, capacity);
      }
    }
  }

  /**
   * The slots a query has taken: a small open-addressing set of ints, which spares the query a
   * boxed number or a string hash per candidate.
   */
  private static final class TakenSlots {
    private int[] slots = Slots.empty(64);
    private int size;

    /** Adds a slot; returns false if it was taken already. */
    boolean add(int slot) {
      if (2 * (size + 1) > slots.length) {
        int[] old = slots;
        slots = Slots.empty(old.length * 2);
        for (int s : old) {
          if (s != NONE) {
            insert(s);
          }
        }
      }
      if (!insert(slot)) {
        return false;
      }
      size++;
      return true;
    }

    private boolean insert(int slot) {
      // Slots are numbers from 0 up, spread enough as they are.
      int mask = slots.length - 1;
      int i = slot & mask;
      while (slots[i] != NONE) {
        if (slots[i] == slot) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = slot;
      return true;
    }
  }

  /**
   * Which slot each contact id has: open addressing over slot numbers, the ids read from the
   * contacts themselves, as a map would cost an entry object and a boxed number per contact.
   */
  private final class Slots {
    private int[] numbers = empty(16);
    private int size;

    int size() {
      return size;
    }

    int get(String id) {
      int mask = numbers.length - 1;
      for (int i = spread(id) & mask; numbers[i] != NONE; i = (i + 1) & mask) {
        if (contacts[numbers[i]].id().equals(id)) {
          return numbers[i];
        }
      }
      return NONE;
    }

    /** Gives a new id the next slot; the contacts of the slots before it must be set. */
    int add(String id) {
      if (2 * (size + 1) > numbers.length) {
        int[] old = numbers;
        numbers = empty(old.length * 2);
        for (int n : old) {
          if (n != NONE) {
            insert(contacts[n].id(), n);
          }
        }
      }
      insert(id, size);
      return size++;
    }

    private void insert(String id, int number) {
      int mask = numbers.length - 1;
      int i = spread(id) & mask;
      while (numbers[i] != NONE) {
        i = (i + 1) & mask;
      }
      numbers[i] = number;
    }

    private static int[] empty(int capacity) {
      int[] n = new int[capacity];
      Arrays.fill(n, NONE);
      return n;
    }

    private static int spread(String id) {
      int h = id.hashCode() * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /**
   * The follow-ups of all contacts, numbered, in primitive arrays: owner slot, bucket, position in
   * the bucket's heap, the next piece of the same contact, rank among the contact's follow-ups, and
   * its due instant (after holds, it is the later of that and its contact's hold). Freed numbers
   * are reused.
   */
  private final class Pieces {
    int[] slot = new int[0];
    @Nullable BucketHeap[] bucket = new BucketHeap[0];
    int[] position = new int[0];
    int[] next = new int[0];
    byte[] rank = new byte[0];
    long[] dueMillis = new long[0];
    final SubMillis dueNanos = new SubMillis();
    private int used;
    private int free = NONE;

    void reserve(int capacity) {
      if (capacity > slot.length) {
        grow(capacity);
      }
    }

    int allocate(int owner, BucketHeap in, Instant due, int order) {
      int p;
      if (free != NONE) {
        p = free;
        free = next[p];
      } else {
        if (used == slot.length) {
          grow(Math.max(16, used + (used >> 1)));
        }
        p = used++;
      }
      slot[p] = owner;
      bucket[p] = in;
      next[p] = NONE;
      // Ranks only break ties between one contact's follow-ups: past 127 they may repeat.
      rank[p] = (byte) Math.min(order, Byte.MAX_VALUE);
      dueMillis[p] = millis(due);
      dueNanos.set(p, subMillisecond(due), slot.length);
      return p;
    }

    void free(int p) {
      bucket[p] = null;
      next[p] = free;
      free = p;
    }

    /**
     * Whether the piece's contact is held beyond the piece's due instant: its due instant after
     * holds is then the contact's hold, which is kept once per contact rather than per piece.
     */
    private boolean heldPastDue(int p) {
      int s = slot[p];
      return compare(holdMillis[s], holdNanos.get(s), dueMillis[p], dueNanos.get(p)) > 0;
    }

    long effectiveMillis(int p) {
      return heldPastDue(p) ? holdMillis[slot[p]] : dueMillis[p];
    }

    int effectiveNanos(int p) {
      return heldPastDue(p) ? holdNanos.get(slot[p]) : dueNanos.get(p);
    }

    double score(int p, Bucket key, long asOfMillis, int asOfNanos) {
      return ContactEvaluation.score(
          key.weight(),
          key.bonus(),
          dueMillis[p],
          dueNanos.get(p),
          effectiveMillis(p),
          effectiveNanos(p),
          asOfMillis,
          asOfNanos);
    }

    private void grow(int capacity) {
      slot = Arrays.copyOf(slot, capacity);
      bucket = Arrays.copyOf(bucket, capacity);
      position = Arrays.copyOf(position, capacity);
      next = Arrays.copyOf(next, capacity);
      rank = Arrays.copyOf(rank, capacity);
      dueMillis = Arrays.copyOf(dueMillis, capacity);
      dueNanos.grow(capacity);
    }
  }

  /**
   * One bucket's pieces in a heap, best first: by due instant (after holds for a held bucket), then
   * the contact's due instant and id, then rank. Within a bucket a later piece never scores higher,
   * so the heap's order is the queue's.
   */
  private final class BucketHeap extends IntHeap {
    final Bucket key;

    BucketHeap(Bucket key) {
      this.key = key;
    }

    @Override
    int compare(int a, int b) {
      int c =
          key.held()
              ? QueueIndex.compare(
                  pieces.effectiveMillis(a),
                  pieces.effectiveNanos(a),
                  pieces.effectiveMillis(b),
                  pieces.effectiveNanos(b))
              : QueueIndex.compare(
                  pieces.dueMillis[a],
                  pieces.dueNanos.get(a),
                  pieces.dueMillis[b],
                  pieces.dueNanos.get(b));
      if (c == 0) {
        c = compareContacts(pieces.slot[a], pieces.slot[b]);
      }
      return c != 0 ? c : Byte.compare(pieces.rank[a], pieces.rank[b]);
    }

    @Override
    void placed(int element, int at) {
      pieces.position[element] = at;
    }
  }

  /** The contacts whose answer changes at a known instant, the soonest first, then by id. */
  private final class Timers extends IntHeap {
    @Override
    int compare(int a, int b) {
      int c =
          QueueIndex.compare(timerMillis[a], timerNanos.get(a), timerMillis[b], timerNanos.get(b));
      return c != 0 ? c : contacts[a].id().compareTo(contacts[b].id());
    }

    @Override
    void placed(int element, int at) {
      timerPosition[element] = at;
    }
  }

  @Override
  public synchronized String toString() {
    return "QueueIndex[now=" + now + ", contacts=" + slots.size() + ", " + engine + "]";
  }
}
